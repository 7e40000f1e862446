package review

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"cika/srs"
	"cika/srs/store"
)

// Scheduler is what a learner may change about scheduling, as Anki's
// deck options let them: kept in the collection (SettingScheduler), so
// that every command and every later session schedule alike.
type Scheduler struct {
	// DesiredRetention is the probability of recall the intervals aim at.
	DesiredRetention float64 `json:"desired_retention"`
	// MaximumInterval caps an interval, in days.
	MaximumInterval int `json:"maximum_interval"`
	// LearningSteps and RelearningSteps as Anki writes them: "1m 10m".
	LearningSteps   string `json:"learning_steps"`
	RelearningSteps string `json:"relearning_steps"`
	// DayStartsAt is the hour (0–23, local time) a new day starts.
	DayStartsAt int `json:"day_starts_at"`
	// Weights are the learner's own FSRS weights (cika optimize, or set by
	// hand); none: FSRS-6's defaults. 19 or 17 values of an older FSRS
	// are converted (srs.ConvertWeights).
	Weights []float64 `json:"weights,omitempty"`
}

// SettingScheduler is the name of the Scheduler in the collection's
// settings.
const SettingScheduler = "review.scheduler"

// DefaultScheduler is FSRS-6's defaults (srs.DefaultParameters) and
// Anki's 04:00.
func DefaultScheduler() Scheduler {
	p := srs.DefaultParameters()
	return Scheduler{DesiredRetention: p.DesiredRetention, MaximumInterval: p.MaximumInterval,
		LearningSteps: FormatSteps(p.LearningSteps), RelearningSteps: FormatSteps(p.RelearningSteps),
		DayStartsAt: 4}
}

// LoadScheduler reads the scheduler settings, DefaultScheduler if never
// set (and for any field a settings record lacks).
func LoadScheduler(c interface {
	Setting(name string, v any) (bool, error)
}) (Scheduler, error) {
	s := DefaultScheduler()
	_, err := c.Setting(SettingScheduler, &s)
	return s, err
}

// SaveScheduler checks and stores the scheduler settings.
func SaveScheduler(c interface {
	PutSetting(name string, v any) error
}, s Scheduler) error {
	if _, err := s.Parameters(); err != nil {
		return err
	}
	return c.PutSetting(SettingScheduler, s)
}

// WithSettings returns opt scheduling as the collection's settings say
// (LoadScheduler, then Apply): what every command that schedules or counts
// due cards uses. opt is returned as it is when there is no collection yet.
func WithSettings(c interface {
	Setting(name string, v any) (bool, error)
}, opt Options) (Options, error) {
	s, err := LoadScheduler(c)
	if errors.Is(err, store.ErrNoCollection) {
		return opt, nil
	}
	if err != nil {
		return opt, err
	}
	return opt, s.Apply(&opt)
}

// Parameters returns the FSRS parameters s gives, or why they are not
// valid.
func (s Scheduler) Parameters() (srs.Parameters, error) {
	p := srs.DefaultParameters()
	p.DesiredRetention, p.MaximumInterval = s.DesiredRetention, s.MaximumInterval
	var err error
	if len(s.Weights) > 0 {
		if p.W, err = srs.ConvertWeights(s.Weights); err != nil {
			return p, fmt.Errorf("weights: %w", err)
		}
	}
	if p.LearningSteps, err = srs.ParseSteps(s.LearningSteps); err != nil {
		return p, fmt.Errorf("learning steps: %w", err)
	}
	if p.RelearningSteps, err = srs.ParseSteps(s.RelearningSteps); err != nil {
		return p, fmt.Errorf("relearning steps: %w", err)
	}
	if s.DayStartsAt < 0 || s.DayStartsAt > 23 {
		return p, fmt.Errorf("the day starts at an hour from 0 to 23, not %d", s.DayStartsAt)
	}
	return p, p.Validate()
}

// Apply sets opt's parameters and rollover hour from s.
func (s Scheduler) Apply(opt *Options) error {
	p, err := s.Parameters()
	if err != nil {
		return fmt.Errorf("scheduler settings (cika settings): %w", err)
	}
	hour := s.DayStartsAt
	opt.Params, opt.RolloverHour = &p, &hour
	return nil
}

// FormatSteps writes steps as Anki does: "1m 10m", "1h", "1d".
func FormatSteps(steps []time.Duration) string {
	var b strings.Builder
	for i, d := range steps {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch {
		case d%(24*time.Hour) == 0 && d > 0:
			b.WriteString(strconv.FormatInt(int64(d/(24*time.Hour)), 10) + "d")
		case d%time.Hour == 0 && d > 0:
			b.WriteString(strconv.FormatInt(int64(d/time.Hour), 10) + "h")
		case d%time.Minute == 0:
			b.WriteString(strconv.FormatInt(int64(d/time.Minute), 10) + "m")
		default:
			b.WriteString(d.String())
		}
	}
	return b.String()
}

// Settings are `cika settings --json`: the scheduler settings and the daily
// limits.
type Settings struct {
	Scheduler
	Limits Limits `json:"limits"`
}

// LoadSettings reads the scheduler settings and the daily limits.
func LoadSettings(c Collection) (Settings, error) {
	s, err := LoadScheduler(c)
	if err != nil {
		return Settings{}, err
	}
	l, err := LoadLimits(c)
	return Settings{Scheduler: s, Limits: l}, err
}

// ChangeScheduler applies change to the stored scheduler settings: one read
// and one write, under the collection's write lock when c is a *store.DB
// opened for writing.
func ChangeScheduler(c Collection, change func(*Scheduler) error) error {
	s, err := LoadScheduler(c)
	if err != nil {
		return err
	}
	if err := change(&s); err != nil {
		return err
	}
	return SaveScheduler(c, s)
}

// SettingError is a setting `cika settings set` refuses: an unknown name or
// a value out of range, with a hint.
type SettingError struct{ Msg, Hint string }

func (e *SettingError) Error() string { return e.Msg }

// SettingNames are the names Set takes, as `cika settings set` takes them.
const SettingNames = "retention, max-interval, learning-steps, relearning-steps, day-starts, weights"

// Set changes one setting, named as `cika settings` shows it, to value as
// the learner types it; a *SettingError when the name is unknown or the
// value out of range (s is then left with the value, which SaveScheduler
// refuses).
func (s *Scheduler) Set(name, value string) error {
	bad := func(want string) error {
		return &SettingError{Msg: fmt.Sprintf("%s %q: want %s", name, value, want), Hint: "cika settings --help lists the settings"}
	}
	switch name {
	case "retention":
		v, err := strconv.ParseFloat(value, 64)
		if err != nil || v < 0.7 || v > 0.99 {
			return bad("a probability from 0.7 to 0.99")
		}
		s.DesiredRetention = v
	case "max-interval":
		v, err := strconv.Atoi(value)
		if err != nil || v < 1 {
			return bad("a number of days, at least 1")
		}
		s.MaximumInterval = v
	case "learning-steps":
		s.LearningSteps = value
	case "relearning-steps":
		s.RelearningSteps = value
	case "weights":
		w, err := ParseWeights(value)
		if err != nil {
			return bad(err.Error())
		}
		s.Weights = w
	case "day-starts":
		v, err := strconv.Atoi(value)
		if err != nil || v < 0 || v > 23 {
			return bad("an hour from 0 to 23")
		}
		s.DayStartsAt = v
	default:
		return &SettingError{Msg: fmt.Sprintf("no setting %q", name), Hint: "settings: " + SettingNames}
	}
	if _, err := s.Parameters(); err != nil {
		return &SettingError{Msg: fmt.Sprintf("%s %q: %v", name, value, err), Hint: "cika settings --help lists the settings"}
	}
	return nil
}

// ParseWeights reads weights separated by spaces or commas: 21 for FSRS-6,
// or 19 or 17 of an older FSRS; "default" is none (FSRS-6's defaults).
func ParseWeights(s string) ([]float64, error) {
	if strings.TrimSpace(s) == "default" {
		return nil, nil
	}
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' })
	w := make([]float64, len(fields))
	for i, f := range fields {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil, fmt.Errorf("21 numbers (w%d %q is not one)", i, f)
		}
		w[i] = v
	}
	if _, err := srs.ConvertWeights(w); err != nil {
		return nil, fmt.Errorf("21 numbers (%v)", err)
	}
	return w, nil
}

// FormatWeights writes weights as Anki shows them, or "defaults (FSRS-6)".
func FormatWeights(w []float64) string {
	if len(w) == 0 {
		return "defaults (FSRS-6)"
	}
	parts := make([]string, len(w))
	for i, v := range w {
		parts[i] = strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64)
	}
	return strings.Join(parts, " ")
}

// ChangeLimits sets the daily limits given (nil: unchanged) and stores
// them (`cika review --save`).
func ChangeLimits(c Collection, newCards, reviews *int) (Limits, error) {
	l, err := LoadLimits(c)
	if err != nil {
		return l, err
	}
	if newCards != nil {
		l.New = *newCards
	}
	if reviews != nil {
		l.Reviews = *reviews
	}
	return l, SaveLimits(c, l)
}
