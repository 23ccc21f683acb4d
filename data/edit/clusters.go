package edit

import (
	"github.com/qiusuo/qiusuo/data"
)

// SetCluster renames a scheme member for this story (its display names)
// and says whether the article names it. A member marked "not named in
// the article" loses its sentences: a link would say the article names it.
func SetCluster(id, name, nameEn string, inArticle bool) Op {
	return change{label: "edit cluster", parts: partClusters, do: func(s *data.Story) error {
		i, err := find(s, data.Ref{Kind: data.RefCluster, ID: id})
		if err != nil {
			return err
		}
		c := &s.Clusters[i]
		c.Name, c.NameEn, c.InArticle = name, nameEn, inArticle
		if !inArticle {
			c.Passages = nil
		}
		return nil
	}}
}
