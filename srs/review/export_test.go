package review

// CountsAllNew is s.Counts with the whole new queue read: what the cards
// fillNew reads must make Counts give.
func CountsAllNew(s *Session) (Counts, error) {
	c := &Session{coll: s.coll, start: s.start, st: s.st.clone()}
	for c.st.newMore {
		page, more, err := c.coll.NewCards(c.st.newLast, 0)
		if err != nil {
			return Counts{}, err
		}
		c.st.addNew(page, more, c.start)
	}
	return c.Counts(), nil
}
