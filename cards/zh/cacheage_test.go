package zh

import (
	"math"
	"reflect"
	"testing"
)

// TestCacheAgeSameTokens analyses the seed podcast with generations of
// three pairs, so that entryInfos, matchers and wordInfos are let go and
// computed again all the time, and checks that every pair's tokens are
// those of an analyzer that lets nothing go: what the caches hold must not
// depend on when it was computed. It also checks that the caches then hold
// only what the last two generations used, and fewer entries than were
// met.
func TestCacheAgeSameTokens(t *testing.T) {
	ref, err := New() // keeps every entry met: one generation for ever
	if err != nil {
		t.Fatal(err)
	}
	ref.age = newCacheAge(math.MaxUint32)
	aged, err := New()
	if err != nil {
		t.Fatal(err)
	}
	aged.age = newCacheAge(3)
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
	kept, matchers := 0, 0
	for i := range aged.infos {
		in, m := aged.infos[i].Load(), aged.matchers[i].Load()
		if in != nil {
			kept++
			if used := in.used.Load(); used+1 < g && (m == nil || m.used.Load()+1 < g) {
				t.Errorf("entry %s kept, last used in generation %d of %d", EntryName(&aged.dict.Entries[i]), used, g)
			}
		}
		if m != nil {
			matchers++
		}
	}
	for id := range aged.words {
		if w := aged.words[id].Load(); w != nil && w.used.Load()+1 < g {
			t.Errorf("headword %q kept, last used in generation %d of %d", w.entries[0].Simp, w.used.Load(), g)
		}
	}
	met := 0
	for i := range ref.infos {
		if ref.infos[i].Load() != nil {
			met++
		}
	}
	if kept >= met {
		t.Errorf("no entry was let go in %d generations: %d kept of %d met", g, kept, met)
	}
	t.Logf("%d generations: %d entryInfos and %d matchers kept of %d entries met", g, kept, matchers, met)
}
