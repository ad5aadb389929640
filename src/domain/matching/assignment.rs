//! The assignment: the suggested pairs of the whole banks, a minimum-cost assignment over
//! the mentors' free places (the Hungarian method).

use super::*;

/// What the coordinator fixes before asking for a suggestion. Ids are `Person::id`s; pairs are
/// `(mentor, mentee)`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SuggestOptions {
    /// Pairs scoring less are not suggested (pinned pairs are kept whatever their score).
    pub threshold: u8,
    /// Pairs that must be in the suggestion; they take the mentor's places.
    pub pinned: Vec<(String, String)>,
    /// Pairs never to suggest.
    pub forbidden: Vec<(String, String)>,
    /// Mentor id → mentees already in that mentor's confirmed pairs.
    pub used_capacity: BTreeMap<String, u8>,
    /// Mentees already in confirmed pairs: not matched again.
    pub exclude_mentees: BTreeSet<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuggestedPair {
    pub mentor: String,
    pub mentee: String,
    /// [`Score::total`] of the pair.
    pub score: u8,
    pub pinned: bool,
}

/// Why an eligible mentee got no mentor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unmatched {
    /// No mentor with free places scores at least the threshold with them.
    NoMentorAboveThreshold,
    /// Mentors who would fit are full: with confirmed or pinned pairs, or with mentees of this
    /// suggestion, where they add more to the total.
    MentorsTaken,
}

impl Unmatched {
    pub fn text(self) -> &'static str {
        match self {
            Unmatched::NoMentorAboveThreshold => "нет наставника с оценкой не ниже порога",
            Unmatched::MentorsTaken => "подходящие наставники заняты в других парах",
        }
    }
}

/// A pinned pair that could not be kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedPin {
    pub mentor: String,
    pub mentee: String,
    /// In Russian.
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suggestion {
    /// The pinned pairs that could be kept, then the suggested ones; in the order of `people`
    /// (by mentor, then mentee).
    pub pairs: Vec<SuggestedPair>,
    /// Sum of the scores of `pairs`.
    pub total: u32,
    /// Mentees who could take part (in the bank, consents, questionnaire, not excluded) but got
    /// no mentor, in the order of `people`.
    pub unmatched: Vec<(String, Unmatched)>,
    pub rejected_pins: Vec<RejectedPin>,
}

/// The best pairs for the mentees: the pinned pairs, plus the assignment of the other eligible
/// mentees that maximizes the sum of the scores (and, among equal sums, the number of pairs)
/// with no mentor above their free places and no pair below the threshold or forbidden.
pub fn suggest(people: &[Person], areas: &[Area], opts: &SuggestOptions) -> Suggestion {
    let used = |id: &str| opts.used_capacity.get(id).copied().unwrap_or(0);
    // Filled by `insert`, not `collect`: `FromIterator` of a B-tree sorts with a stable sort,
    // one more instance of it in the wasm for each element type.
    let mut forbidden: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (a, b) in &opts.forbidden {
        forbidden.insert((a.as_str(), b.as_str()));
    }
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, p) in people.iter().enumerate() {
        index.insert(p.id.as_str(), i);
    }
    let mut out = Suggestion::default();

    // Pinned pairs first: they take their mentor's places and their mentee leaves the pool.
    let mut pinned_to: BTreeMap<usize, u8> = BTreeMap::new(); // mentor → places pinned
    let mut pinned_mentees: BTreeSet<usize> = BTreeSet::new();
    let mut kept: Vec<(usize, usize, u8, bool)> = Vec::new();
    for (mentor, mentee) in &opts.pinned {
        let (mi, ei) = (index.get(mentor.as_str()), index.get(mentee.as_str()));
        let mut reasons = Vec::new();
        if mi.is_none() || ei.is_none() {
            reasons.push("Нет такого педагога в реестре".to_string());
        }
        if forbidden.contains(&(mentor.as_str(), mentee.as_str())) {
            reasons.push("Пара и закреплена, и запрещена".into());
        }
        if opts.exclude_mentees.contains(mentee) {
            reasons.push("Наставляемый уже в утверждённой паре".into());
        }
        let mut score = 0;
        if let (Some(&mi), Some(&ei)) = (mi, ei) {
            if pinned_mentees.contains(&ei) {
                reasons.push("Наставляемый уже закреплён за другим наставником".into());
            }
            match compatibility(&people[mi], &people[ei], areas, used(mentor)) {
                Compatibility::Impossible(obstacles) => {
                    reasons.extend(obstacles.iter().map(Obstacle::text))
                }
                Compatibility::Possible(s) => {
                    let free = free_places(&people[mi], used(mentor));
                    if pinned_to.get(&mi).copied().unwrap_or(0) >= free {
                        reasons.push("У наставника не осталось мест для этой пары".into());
                    }
                    score = s.total;
                }
            }
            if reasons.is_empty() {
                *pinned_to.entry(mi).or_default() += 1;
                pinned_mentees.insert(ei);
                kept.push((mi, ei, score, true));
            }
        }
        if !reasons.is_empty() {
            out.rejected_pins.push(RejectedPin {
                mentor: mentor.clone(),
                mentee: mentee.clone(),
                reasons,
            });
        }
    }

    // The pool: mentors who may mentor (their places, less confirmed and pinned pairs, may be
    // none) and mentees who may be mentored.
    let mentors: Vec<(usize, MentorFacts)> = people
        .iter()
        .enumerate()
        .filter(|(_, p)| mentor_obstacles(p, 0).is_empty())
        .filter_map(|(i, p)| Some((i, MentorFacts::of(p, areas, used(&p.id))?)))
        .collect();
    let mentees: Vec<(usize, MenteeFacts)> = people
        .iter()
        .enumerate()
        .filter(|(i, p)| {
            mentee_obstacles(p).is_empty()
                && !opts.exclude_mentees.contains(&p.id)
                && !pinned_mentees.contains(i)
        })
        .filter_map(|(i, p)| Some((i, MenteeFacts::of(p, areas)?)))
        .collect();

    // Weights: score·K + 1 for an allowed pair (K above the number of pairs, so a higher total
    // always wins and only then more pairs), 0 for a pair not to suggest.
    let k = mentees.len() as i64 + 1;
    let cols = mentees.len();
    let mut weight = vec![0i64; mentors.len() * cols];
    let mut capacity = Vec::with_capacity(mentors.len());
    let mut fits = vec![false; cols];
    for (r, (mi, m)) in mentors.iter().enumerate() {
        let free = m
            .free
            .saturating_sub(pinned_to.get(mi).copied().unwrap_or(0));
        capacity.push(u32::from(free));
        for (c, (ei, e)) in mentees.iter().enumerate() {
            if mi == ei || forbidden.contains(&(people[*mi].id.as_str(), people[*ei].id.as_str())) {
                continue;
            }
            let score = points(m, e).total();
            if score < u32::from(opts.threshold) {
                continue;
            }
            fits[c] = true;
            if free > 0 {
                weight[r * cols + c] = i64::from(score) * k + 1;
            }
        }
    }
    let assignment = assign(&capacity, cols, &weight);
    for (c, row) in assignment.iter().enumerate() {
        let ei = mentees[c].0;
        match row {
            Some(r) => {
                let score = (weight[r * cols + c] - 1) / k;
                kept.push((mentors[*r].0, ei, score as u8, false));
            }
            None => out.unmatched.push((
                people[ei].id.clone(),
                if fits[c] {
                    Unmatched::MentorsTaken
                } else {
                    Unmatched::NoMentorAboveThreshold
                },
            )),
        }
    }
    crate::domain::sorting::sort_by_key(&mut kept, |&(m, e, ..)| (m, e));
    out.total = kept.iter().map(|p| u32::from(p.2)).sum();
    out.pairs = kept
        .into_iter()
        .map(|(m, e, score, pinned)| SuggestedPair {
            mentor: people[m].id.clone(),
            mentee: people[e].id.clone(),
            score,
            pinned,
        })
        .collect();
    out
}

/// The mentor's places not taken by `used` confirmed pairs.
pub(super) fn free_places(mentor: &Person, used: u8) -> u8 {
    mentor
        .mentor_answers()
        .map_or(0, |a| a.capacity.saturating_sub(used))
}

/// The maximum-weight assignment of columns to rows where row `r` takes at most `capacity[r]`
/// columns and each column at most one row; `weight` is row-major (`rows × cols`), and a
/// weight of 0 or less means «not allowed», and weights stay below 2⁴⁰ (sums of them must not
/// overflow). Returns each column's row.
///
/// Each row becomes as many identical rows («places») as it may take (no more than its allowed
/// columns), columns no row may take are dropped, and zero-weight columns are added until
/// there are as many columns as places, so a place may stay empty. Then the Hungarian
/// algorithm finds the exact optimum.
pub fn assign(capacity: &[u32], cols: usize, weight: &[i64]) -> Vec<Option<usize>> {
    let rows = capacity.len();
    assert_eq!(weight.len(), rows * cols, "weight is rows × cols");
    debug_assert!(weight.iter().all(|w| *w < 1 << 40), "weights below 2⁴⁰");
    let row = |r: usize| &weight[r * cols..(r + 1) * cols];
    // The rows that take part, and the row of each place (an index into `rows_in`).
    let (mut rows_in, mut place_row) = (Vec::new(), Vec::new());
    for (r, cap) in capacity.iter().enumerate() {
        let n = (*cap as usize).min(row(r).iter().filter(|w| **w > 0).count());
        if n > 0 {
            place_row.extend(std::iter::repeat_n(rows_in.len(), n));
            rows_in.push(r);
        }
    }
    let cols_in: Vec<usize> = (0..cols)
        .filter(|&c| rows_in.iter().any(|&r| weight[r * cols + c] > 0))
        .collect();
    let n = place_row.len();
    let m = cols_in.len().max(n);
    // Costs of the rows taking part (negated weights: the minimum is the best), padded with
    // zero columns.
    let mut cost = vec![0i64; rows_in.len() * m];
    for (i, &r) in rows_in.iter().enumerate() {
        for (j, &c) in cols_in.iter().enumerate() {
            cost[i * m + j] = -weight[r * cols + c].max(0);
        }
    }
    let col_of_place = hungarian(&place_row, m, &cost);
    let mut out = vec![None; cols];
    for (place, &j) in col_of_place.iter().enumerate() {
        if let Some(&c) = cols_in.get(j) {
            let r = rows_in[place_row[place]];
            if weight[r * cols + c] > 0 {
                out[c] = Some(r);
            }
        }
    }
    out
}

/// The minimum-cost assignment of each place to a distinct one of `m ≥ places` columns: the
/// Hungarian algorithm in its shortest-augmenting-path form with dual potentials (Jonker and
/// Volgenant; as in D. F. Crouse, «On implementing 2D rectangular assignment algorithms»,
/// 2016, which SciPy's `linear_sum_assignment` follows), O(places²·m) at worst. Among columns
/// as near as each other a free one ends the search at once, which keeps ties (many equal
/// scores) cheap. `cost` holds `m` costs per distinct row; `place_row[i]` is the row of place
/// `i`. Returns each place's column.
pub(super) fn hungarian(place_row: &[usize], m: usize, cost: &[i64]) -> Vec<usize> {
    const NONE: usize = usize::MAX;
    let n = place_row.len();
    let (mut u, mut v) = (vec![0i64; n], vec![0i64; m]);
    let (mut col_of, mut place_of) = (vec![NONE; n], vec![NONE; m]);
    let mut path = vec![0usize; m];
    let mut dist = vec![i64::MAX; m];
    let mut remaining: Vec<usize> = Vec::with_capacity(m);
    let (mut seen_places, mut seen_cols) = (Vec::new(), Vec::new());
    for start in 0..n {
        remaining.clear();
        remaining.extend((0..m).rev());
        dist.fill(i64::MAX);
        seen_places.clear();
        seen_cols.clear();
        let (mut i, mut min) = (start, 0i64);
        let sink = loop {
            // One step of Dijkstra's search from place `i` over the columns not reached yet.
            seen_places.push(i);
            let row = &cost[place_row[i] * m..][..m];
            let (mut best, mut lowest) = (0, i64::MAX);
            for (k, &j) in remaining.iter().enumerate() {
                let d = min + row[j] - u[i] - v[j];
                if d < dist[j] {
                    path[j] = i;
                    dist[j] = d;
                }
                if dist[j] < lowest || (dist[j] == lowest && place_of[j] == NONE) {
                    lowest = dist[j];
                    best = k;
                }
            }
            min = lowest;
            let j = remaining.swap_remove(best);
            seen_cols.push(j);
            if place_of[j] == NONE {
                break j;
            }
            i = place_of[j];
        };
        // New potentials, then flip the path.
        u[start] += min;
        for &p in &seen_places[1..] {
            u[p] += min - dist[col_of[p]];
        }
        for &j in &seen_cols {
            v[j] -= min - dist[j];
        }
        let mut j = sink;
        loop {
            let p = path[j];
            place_of[j] = p;
            std::mem::swap(&mut col_of[p], &mut j);
            if p == start {
                break;
            }
        }
    }
    col_of
}
