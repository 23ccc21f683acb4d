// Package importer turns any Chinese news article into a linked story:
// timeline events with their dates on a real calendar, entities with their
// aliases merged, figures and what they count, and sentences linked to the
// members of a cluster scheme (Hangzhou's 296X by default). It has no UI:
// the CLI (`qiusuo import`), the window (`qiusuo --story article.txt`) and
// the tests all call Import.
//
// Everything it proposes is read off the article by rule, so that a reader
// can check it against the text, and nothing is invented:
//
//   - an event is a sentence with a datable time expression (resolved, or
//     relative but specific such as 17日 with no publication date); its
//     `when` is the expression exactly as printed, its title a clause of
//     the sentence, its date the interval data/timex resolved, or none;
//   - an entity is a name the text prints: a known name of the built-in
//     lexicon, a name the text's own patterns mark (…公司, …集团,
//     …实验室, …大学, 《…》, Latin brand names, a person after a title or
//     before 表示/介绍), or a word gse's dictionary tags as an
//     organisation or place; aliases are other printed forms of one name;
//   - a fact is a number with its unit, and what it counts is the
//     article's own words next to it;
//   - a cluster link is the engine's auto-linker's (a member's name, its
//     terms, or an entity in it), run on a Simplified copy of a
//     Traditional article.
//
// What it cannot infer is documented where each rule lives and in the
// README (section "Importing an article").
package importer
