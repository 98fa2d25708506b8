//! Random small accounts for property tests: every kind of thing an account holds, every
//! optional field sometimes set, lines that obey the map's rules, and reviews whose frozen
//! snapshots hold someone who has since left the map.

use super::date;
use rapport_core::*;

/// What a test case is made of: a seed for the shape, and text and numbers from proptest.
#[derive(Debug, Clone)]
pub struct Ingredients {
    pub seed: u64,
    pub people: usize,
    pub team: usize,
    pub reviews: usize,
    pub words: Vec<String>,
    pub numbers: Vec<f64>,
}

struct Draw<'a> {
    state: u64,
    ingredients: &'a Ingredients,
    word: usize,
    number: usize,
}

impl Draw<'_> {
    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn coin(&mut self) -> bool {
        self.next().is_multiple_of(2)
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
    fn word(&mut self) -> String {
        let words = &self.ingredients.words;
        self.word += 1;
        words
            .get(self.word % words.len().max(1))
            .cloned()
            .unwrap_or_default()
    }
    fn number(&mut self) -> f64 {
        let numbers = &self.ingredients.numbers;
        self.number += 1;
        numbers
            .get(self.number % numbers.len().max(1))
            .copied()
            .unwrap_or(0.0)
    }
    fn day(&mut self) -> chrono::NaiveDate {
        date(2020, 1, 1) + chrono::Days::new(self.below(2500) as u64)
    }
    fn maybe_day(&mut self) -> Option<chrono::NaiveDate> {
        self.coin().then(|| self.day())
    }
    fn placement(&mut self) -> Option<Placement> {
        self.coin().then(|| Placement {
            position: Position {
                x: self.number(),
                y: self.number(),
            },
            pinned: self.coin(),
        })
    }
}

pub fn random_account(ingredients: &Ingredients) -> (AccountSnapshot, Vec<StoredReview>) {
    let mut d = Draw {
        state: ingredients.seed | 1,
        ingredients,
        word: 0,
        number: 0,
    };
    let mut account = Account::named("acct", d.word(), d.day());
    account.industry = d.word();
    account.lifecycle_stage = d.pick(&[LifecycleStage::Awareness, LifecycleStage::Advocacy]);
    account.annual_revenue = d.number();
    account.lifetime_value = LifetimeValueInputs {
        average_deal_size: d.number(),
        purchases_per_year: d.number(),
        expected_tenure_years: d.number(),
        gross_margin: d.coin().then(|| d.number()),
    };
    account.client_goals.months12 = d.word();
    account.referenceability = Referenceability {
        willing_to: if d.coin() {
            vec![ReferenceKind::NamedReference, ReferenceKind::CaseStudy]
        } else {
            vec![]
        },
        problem_solved: d.word(),
        ..Referenceability::default()
    };
    let mut s = AccountSnapshot::empty(account);
    s.nps_history = (0..u8::from(d.coin()) * 2)
        .map(|n| NpsScore {
            date: d.day(),
            score: n * 5,
        })
        .collect();
    for i in 0..ingredients.people {
        let mut p = Stakeholder::named(format!("p{i}"), d.word());
        p.title = d.word();
        p.personal_notes = d.word();
        p.birthday = d.maybe_day();
        p.roles = [Role::Budget, Role::Gatekeeper, Role::User]
            .into_iter()
            .filter(|_| d.coin())
            .collect();
        p.attitude = d.pick(&Attitude::ALL);
        p.influence = 1 + d.below(5) as u8;
        p.status = d.pick(&[StakeholderStatus::Active, StakeholderStatus::LeftCompany]);
        p.last_contact = d.maybe_day();
        p.cadence_days = d.coin().then(|| d.below(400) as u32);
        p.nps_score = d.coin().then(|| d.below(11) as u8);
        p.placement = d.placement();
        s.stakeholders.push(p);
    }
    for t in 0..ingredients.team {
        let mut m = TeamMember::named(format!("t{t}"), d.word(), TeamRole::Specialist);
        m.placement = d.placement();
        s.team.push(m);
    }
    let person = |i: usize| StakeholderId::new(format!("p{i}"));
    let member = |t: usize| TeamMemberId::new(format!("t{t}"));
    let mut link = 0;
    let mut next_link = || {
        link += 1;
        LinkId::new(format!("l{link}"))
    };
    for i in 1..ingredients.people {
        let solid = d.below(i);
        if d.below(4) > 0 {
            s.reports_to.push(ReportsTo {
                id: next_link(),
                stakeholder: person(i),
                manager: person(solid),
                dotted: false,
            });
        }
        let other = d.below(i);
        if other != solid && d.coin() {
            s.reports_to.push(ReportsTo {
                id: next_link(),
                stakeholder: person(i),
                manager: person(other),
                dotted: true,
            });
        }
        let j = d.below(i);
        if d.coin() {
            let kind = d.pick(&[RelationKind::Influences, RelationKind::ConflictsWith]);
            s.relations.push(Relation {
                id: next_link(),
                kind,
                from: person(i),
                to: person(j),
                note: d.word(),
            });
        }
    }
    for t in 0..ingredients.team {
        let covered: Vec<usize> = (0..ingredients.people)
            .filter(|_| d.below(3) == 0)
            .collect();
        for i in covered {
            s.coverage.push(Coverage {
                id: next_link(),
                team_member: member(t),
                stakeholder: person(i),
                strength: d.pick(&Strength::ALL),
                desired: d.pick(&Strength::ALL),
                last_interaction: d.maybe_day(),
                notes: d.word(),
            });
        }
    }
    for g in 0..d.below(4) {
        let target = match d.below(3) {
            0 => GoalTarget::Attitude {
                from: Attitude::Neutral,
                to: Attitude::Champion,
            },
            1 if ingredients.team > 0 => GoalTarget::Coverage {
                team_member: Some(member(d.below(ingredients.team))),
                from: Strength::Aware,
                to: Strength::Trusted,
            },
            _ => GoalTarget::Free { text: d.word() },
        };
        s.goals.push(Goal {
            id: GoalId::new(format!("g{g}")),
            stakeholder: (ingredients.people > 0 && d.coin())
                .then(|| person(d.below(ingredients.people))),
            title: d.word(),
            priority: d.pick(&[Priority::High, Priority::Low]),
            target,
            created_on: d.day(),
            due: d.maybe_day(),
            status: d.pick(&[GoalStatus::Open, GoalStatus::Achieved]),
        });
    }
    let goal_count = s.goals.len();
    for n in 0..d.below(3) {
        s.initiatives.push(Initiative {
            id: InitiativeId::new(format!("i{n}")),
            title: d.word(),
            goals: (0..goal_count)
                .filter(|_| d.coin())
                .map(|g| GoalId::new(format!("g{g}")))
                .collect(),
            owner: (ingredients.team > 0).then(|| member(d.below(ingredients.team))),
            due: d.maybe_day(),
            status: InitiativeStatus::InProgress,
            notes: d.word(),
        });
    }
    for n in 0..d.below(4) {
        s.interactions.push(Interaction {
            id: InteractionId::new(format!("x{n}")),
            date: d.day(),
            kind: d.pick(&InteractionKind::ALL),
            stakeholders: (0..ingredients.people)
                .filter(|_| d.below(3) == 0)
                .map(person)
                .collect(),
            team_members: (0..ingredients.team)
                .filter(|_| d.coin())
                .map(member)
                .collect(),
            note: d.word(),
        });
    }
    for n in 0..d.below(3) {
        s.notes.push(AnalysisNote {
            id: NoteId::new(format!("n{n}")),
            kind: NoteKind::Opportunity,
            text: d.word(),
            stakeholders: (0..ingredients.people)
                .filter(|_| d.coin())
                .map(person)
                .collect(),
        });
    }
    let (offerings, needs) = (d.below(3), d.below(3));
    s.offerings = (0..offerings)
        .map(|o| Offering {
            id: OfferingId::new(format!("o{o}")),
            name: d.word(),
            family: format!("Family {o}"),
            typical_deal_size: d.coin().then(|| d.below(100_000) as f64),
        })
        .collect();
    s.needs = (0..needs)
        .map(|n| Need {
            id: NeedId::new(format!("d{n}")),
            name: d.word(),
        })
        .collect();
    for o in 0..offerings {
        for n in 0..needs {
            s.whitespace.push(WhitespaceCell {
                offering: OfferingId::new(format!("o{o}")),
                need: NeedId::new(format!("d{n}")),
                state: d.pick(&[WhitespaceState::Owned, WhitespaceState::Competitor]),
                budget_holder: (ingredients.people > 0 && d.coin())
                    .then(|| person(d.below(ingredients.people))),
                estimated_value: d.coin().then(|| d.below(500_000) as f64 + 0.5),
                note: format!("Note {o}{n}"),
            });
        }
    }
    for p in 0..ingredients.people.min(3) {
        s.personal_dates.push(PersonalDate {
            id: PersonalDateId::new(format!("pd{p}")),
            stakeholder: person(p),
            label: format!("Anniversary {p}"),
            date: date(2020, 2, 29),
            yearly: d.coin(),
        });
        s.thank_yous.push(ThankYou {
            id: ThankYouId::new(format!("ty{p}")),
            stakeholder: person(p),
            reason: d.pick(&ThankYouReason::ALL),
            text: format!("The deal {p}"),
            due: d.day(),
            done: d.coin(),
        });
    }
    let reviews = (0..ingredients.reviews)
        .map(|r| {
            let mut frozen = s.clone();
            // Someone who was on the map then and has gone since, in every review.
            frozen
                .stakeholders
                .push(Stakeholder::named("gone", "Gone Since"));
            if let Some(p) = frozen.stakeholders.get_mut(r) {
                p.attitude = d.pick(&Attitude::ALL);
            }
            StoredReview {
                review: Review {
                    id: ReviewId::new(format!("r{r}")),
                    title: d.word(),
                    date: d.day(),
                    attendees: d.word(),
                    notes: d.word(),
                },
                snapshot: frozen,
            }
        })
        .collect();
    (s, reviews)
}
