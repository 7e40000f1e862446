package srs

// IntervalModifier is the scheduler's interval modifier, derived from the
// desired retention, for the conformance test (package srs_test) to check
// against the one the reference vectors state.
func IntervalModifier(s *Scheduler) float64 { return s.modifier }
