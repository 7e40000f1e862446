package zh

import (
	"reflect"
	"testing"
)

// TestCacheAgeSameTokens analyses the seed podcast with generations of
// three pairs, so that entryInfos, matchers and wordInfos are let go and
// computed again all the time, and checks that every pair's tokens are
// those of the package's analyzer: what the caches hold must not depend on
// when it was computed. It also checks that the caches then hold only what
// the last two generations used, and that some entries did go.
func TestCacheAgeSameTokens(t *testing.T) {
	ref := analyzer(t)
	aged, err := New()
	if err != nil {
		t.Fatal(err)
	}
	aged.age = newCacheAge(len(aged.dict.Entries), len(aged.words), 3)
	if fresh := aged.age; fresh.entry != nil || fresh.word != nil {
		t.Fatal("cacheAge made its records before the first generation ended")
	}
	pairs := seedPairs(t)
	if testing.Short() {
		pairs = pairs[:200]
	}
	for _, p := range pairs {
		want := ref.Analyze(p.ZH, p.EN)
		if got := aged.Analyze(p.ZH, p.EN); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: with generations of 3 pairs\n got %+v\nwant %+v", p.ZH, got, want)
		}
	}
	g := aged.age.gen.Load()
	gone := 0
	for i := range aged.infos {
		used := aged.age.entry[i].Load()
		if aged.infos[i].Load() != nil && used+1 < g {
			t.Errorf("entry %s kept, last used in generation %d of %d", EntryName(&aged.dict.Entries[i]), used, g)
		}
		if used > 0 && used+1 < g {
			gone++
		}
	}
	if gone == 0 {
		t.Errorf("no entry was let go in %d generations", g)
	}
}
