package importer

import (
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	for _, f := range []string{"hangzhou-lowalt-2025-10-15.txt", "lowalt-plan-consultation-2024-05-31.txt", "modelscope-three-years-trad.txt", "unitree-gala-2026-02-20-trad.txt", "unitree-gala-2025-jiupai.txt"} {
		b, _ := os.ReadFile("/work/shared/articles/" + f)
		s, err := Import(f, string(b), Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Log("\n=== " + f + "\n" + summary(s))
	}
	b, _ := os.ReadFile("../hangzhou-2025.txt")
	s, err := Import("hangzhou-2025.txt", string(b), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n=== seed\n" + summary(s))
}
