package zh

import "testing"

// Session 16 (words16a): content words whose sense the one who does it,
// the object or the slot decides. The tables live here, not at the end of
// sense_test.go, so that helpers appending at once do not collide.

// TestFamiliarPerson: 熟 said of one who knows someone or somewhere (a
// person before it, or the object of 对, 跟, 同, 与) is "familiar", not
// "ripe"; food keeps its first senses.
func TestFamiliarPerson(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我和她不太熟。", "I don't know her very well.", "熟", "familiar"},
		{"你跟老张熟吗？", "", "熟", "familiar"},
		{"我对这一带很熟。", "I know this area well.", "熟", "familiar"},
		{"他对公司的情况还不熟。", "", "熟", "familiar"},
		{"我们俩很熟，从小一起长大的。", "", "熟", "familiar"},
		{"他们跟这边的人都不熟。", "", "熟", "familiar"},
		{"刚来的时候我对这个城市一点儿也不熟。", "When I first came I didn't know this city at all.", "熟", "familiar"},
		{"我跟他们老板挺熟的。", "I'm pretty close with their boss.", "熟", "familiar"},
		{"肉还没熟，再煮一会儿。", "", "熟", "ripe"},                 // guard: food
		{"苹果和梨都熟了。", "", "熟", "ripe"},                    // guard: 和 joins the fruits
		{"我跟你说，饭已经熟了。", "", "熟", "ripe"},                 // guard: 跟 of another clause
		{"这些西红柿还不太熟。", "", "熟", "ripe"},                  // guard: gse tags 西红柿 nr
		{"苹果已经熟了。", "The apples are ripe.", "熟", "ripe"}, // guard
	})
}
