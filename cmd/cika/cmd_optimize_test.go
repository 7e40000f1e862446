package main

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cika/srs"
	"cika/srs/optimize"
	"cika/srs/review"
	"cika/srs/store"
)

// TestOptimizeCollection: a learner mines, reviews for two months (answers
// drawn from a memory weaker than the defaults', written with the store's
// API), then `cika optimize` fits the collection's review log, stores the
// better weights, and the settings schedule with them.
func TestOptimizeCollection(t *testing.T) {
	dir := t.TempDir()
	dbFile := filepath.Join(dir, "c.db")
	pairs := filepath.Join(dir, "pairs.tsv")
	os.WriteFile(pairs, []byte("我们的银行很大。\tOur bank is big.\n北京的天气很好。\tThe weather in Beijing is good.\n"+
		"他喜欢喝咖啡。\tHe likes drinking coffee.\n老师在学校工作。\tThe teacher works at the school.\n"+
		"我明天去医院。\tI go to the hospital tomorrow.\n妈妈买了新衣服。\tMom bought new clothes.\n"+
		"这本书非常有意思。\tThis book is very interesting.\n朋友们一起吃饭。\tThe friends eat together.\n"), 0o644)
	cika := func(args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		if code := run(append([]string{"cika", "--db", dbFile}, args...), strings.NewReader(""), &out, &errb); code != 0 {
			t.Fatalf("cika %v: exit %d: %s", args, code, errb.String())
		}
		return out.String()
	}
	cika("mine", pairs)

	db, err := store.Open(dbFile, nil)
	if err != nil {
		t.Fatal(err)
	}
	var all []store.Card
	db.DueCards(time.Now().AddDate(10, 0, 0), func(c store.Card) bool { all = append(all, c); return true })
	if len(all) < 40 {
		t.Fatalf("%d cards mined, want 40 or more", len(all))
	}
	p := srs.DefaultParameters()
	p.Fuzz = false
	sch, err := srs.NewScheduler(p, srs.RolloverDay(time.Local, 4))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	t0 := time.Date(2026, 1, 5, 9, 0, 0, 0, time.Local)
	end := t0.AddDate(0, 0, 60)
	var answers []store.Answered
	for i, sc := range all {
		c := sc.Card
		at := t0.Add(time.Duration(i) * time.Minute)
		for at.Before(end) {
			g := srs.Good
			// this learner forgets faster than the defaults predict
			if c.State == srs.Review && rng.Float64() > math.Pow(sch.Retrievability(c, at), 2) {
				g = srs.Again
			}
			after, log := sch.Schedule(c, g, at)
			answers = append(answers, store.Answered{Card: sc.Key(), After: after, Log: log})
			c = after
			at = c.Due
		}
	}
	if err := db.AnswerAll(answers); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	t.Setenv("CIKA_NOW", end.UTC().Format(time.RFC3339))
	var rep optimize.Outcome
	if err := json.Unmarshal([]byte(cika("optimize", "--json")), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Source != "collection" || rep.Reviews != len(answers) || rep.Items == 0 {
		t.Fatalf("source %s, %d reviews (%d answered), %d items", rep.Source, rep.Reviews, len(answers), rep.Items)
	}
	if rep.Stored != rep.Better {
		t.Errorf("better %v but stored %v", rep.Better, rep.Stored)
	}
	t.Logf("%d reviews, %d items, %d kept, stage %s: log loss %.4f → %.4f", rep.Reviews, rep.Items, rep.TrainItems, rep.Stage, rep.Before.LogLoss, rep.After.LogLoss)
	if !rep.Better {
		t.Fatal("the fit is no better than the defaults for a learner they do not describe")
	}

	db, err = store.Open(dbFile, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := review.LoadScheduler(db)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Parameters()
	if err != nil {
		t.Fatal(err)
	}
	if got.W != rep.Fitted {
		t.Errorf("stored weights %v, want the fitted %v", got.W, rep.Fitted)
	}
}
