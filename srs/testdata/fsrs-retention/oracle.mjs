// oracle.mjs writes the vectors in this directory: the review sequences of
// ../shared/fsrs replayed by ts-fsrs at desired retentions other than 0.9,
// where its interval modifier is not 1 (TestConformanceRetention). It is not
// a Go test: CI needs no Node. To rewrite them:
//
//	npm install ts-fsrs@5.4.2
//	node oracle.mjs ../../../../shared/fsrs . seq-006 seq-008 seq-031 seq-059 seq-090
//
// (the sequences kept are those of ../fsrs; none named: all of them).
import { fsrs, generatorParameters, createEmptyCard, State } from 'ts-fsrs'
import fs from 'fs'
import path from 'path'

const [from, to, ...keep] = process.argv.slice(2)
const seqs = JSON.parse(fs.readFileSync(path.join(from, 'sequences.json')))
const base = JSON.parse(fs.readFileSync(path.join(from, 'expected.json'))).meta.configs
if (keep.length > 0) seqs.sequences = seqs.sequences.filter((s) => keep.includes(s.id))

const out = {
  meta: {
    generator: 'oracle.mjs', ts_fsrs_version: 'v5.4.2 using FSRS-6.0', configs: {},
    notes: [
      'the sequences of ../shared/fsrs (' + (keep.length > 0 ? keep.join(', ') : 'all') + ') replayed at retention 0.8 and 0.95; interval_modifier is ts-fsrs\'s own (FSRSAlgorithm.intervalModifier)',
      'elapsed_days = difference of UTC calendar dates (ts-fsrs dateDiffInDays); retrievability = forgetting_curve(elapsed_days, stability before the review)',
      'fuzz disabled',
    ],
  },
  results: [],
}
const schedulers = {}
for (const retention of [0.8, 0.95]) {
  for (const name of ['steps_on', 'long_term']) {
    const c = { ...base[name], request_retention: retention }
    const f = fsrs(generatorParameters(c))
    c.interval_modifier = f.intervalModifier
    const key = `${name}_r${Math.round(retention * 100)}`
    out.meta.configs[key] = c
    schedulers[key] = f
  }
}
for (const seq of seqs.sequences) {
  const res = { id: seq.id, t0: seq.t0, configs: {} }
  for (const [key, f] of Object.entries(schedulers)) {
    let card = createEmptyCard(new Date(seq.t0))
    const states = []
    for (const rv of seq.reviews) {
      const now = new Date(rv.t)
      const before = card.state
      const { card: c, log } = f.next(card, now, rv.rating)
      const r = before === State.New ? null : f.forgetting_curve(log.elapsed_days, card.stability)
      card = c
      states.push({
        t: rv.t, rating: rv.rating, elapsed_days: log.elapsed_days, state_before: State[before], retrievability: r,
        stability: c.stability, difficulty: c.difficulty, state: State[c.state], state_num: c.state,
        learning_steps: c.learning_steps, scheduled_days: c.scheduled_days,
        interval_minutes: Math.round((c.due - now) / 60000), due: c.due.toISOString(), due_ms: c.due.getTime(),
        reps: c.reps, lapses: c.lapses,
      })
    }
    res.configs[key] = states
  }
  out.results.push(res)
}
fs.writeFileSync(path.join(to, 'sequences.json'), JSON.stringify(seqs, null, 1) + '\n')
fs.writeFileSync(path.join(to, 'expected.json'), JSON.stringify(out, null, 1) + '\n')
