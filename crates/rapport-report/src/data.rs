//! The plan as data for the template: every word and number already chosen and formatted here,
//! so the template only lays out, and client-safe filtering happens in one place.
//!
//! Client-safe output leaves out: attitudes (words, colours, marks; findings and goals about
//! attitudes; attitude changes in the review diff), personal notes (notes, interests, birthday),
//! the method's role tags, our internal notes (coverage, relation, initiative, interaction and
//! review notes, the manual analysis) and the lifetime value as margin.

use crate::PlanInput;
use crate::options::{ReportOptions, Sections};
use chrono::NaiveDate;
use rapport_core::{
    AccountSnapshot, ChangedField, Finding, FindingKind, Goal, GoalStatus, GoalTarget,
    InitiativeStatus, NoteKind, Priority, Role, Severity, Stakeholder, StakeholderId, Strength,
    TeamMemberId, TeamRole,
};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Doc {
    pub title: String,
    pub account: String,
    pub date: String,
    pub facilitator: String,
    pub version: String,
    pub client_safe: bool,
    /// Portrait page size in points.
    pub page_width: f64,
    pub page_height: f64,
    pub sections: Sections,
    pub cover: Vec<Pair>,
    pub summary: Summary,
    pub map: MapDoc,
    pub stakeholders: Vec<PersonRow>,
    pub team: Vec<TeamRow>,
    pub coverage: CoverageDoc,
    pub findings: Vec<FindingRow>,
    pub notes: Vec<NoteRow>,
    pub goals: Vec<GoalRow>,
    pub initiatives: Vec<InitiativeRow>,
    pub interactions: InteractionsDoc,
    pub reviews: ReviewsDoc,
}

#[derive(Serialize)]
pub(crate) struct Pair {
    pub label: String,
    pub value: String,
}

/// A key figure: a short value in large type, with a note under it.
#[derive(Serialize)]
pub(crate) struct Figure {
    pub label: String,
    pub value: String,
    pub note: String,
    /// Printed in red: something is late.
    pub alert: bool,
}

fn figure(label: &str, value: impl Into<String>, note: impl Into<String>) -> Figure {
    Figure {
        label: label.into(),
        value: value.into(),
        note: note.into(),
        alert: false,
    }
}

fn pair(label: &str, value: impl Into<String>) -> Pair {
    Pair {
        label: label.into(),
        value: value.into(),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Summary {
    pub relationship_word: String,
    pub figures: Vec<Figure>,
    pub findings: Vec<FindingRow>,
    pub finding_count: usize,
    pub goals: Vec<GoalRow>,
    pub open_goal_count: usize,
    pub strategy: String,
    pub client_goals: Vec<Pair>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MapDoc {
    pub pages: Vec<MapPageDoc>,
    pub legend: usize,
    pub legend_width: f64,
    pub margin_x: f64,
    pub margin_top: f64,
    pub margin_bottom: f64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MapPageDoc {
    pub width: f64,
    pub height: f64,
    pub title: String,
    pub caption: String,
    pub images: Vec<MapImageDoc>,
    pub legend: bool,
}

#[derive(Serialize)]
pub(crate) struct MapImageDoc {
    pub image: usize,
    /// Points.
    pub width: f64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PersonRow {
    pub name: String,
    pub title: String,
    pub department: String,
    pub roles: Vec<RoleBadge>,
    pub role_tag: String,
    /// Empty in client-safe output.
    pub attitude: String,
    pub attitude_colour: String,
    /// The image index of the attitude mark (see [`crate::map::glyphs`]).
    pub mark: usize,
    /// The image index of the influence dots.
    pub pips: usize,
    pub last_contact: String,
    pub overdue: bool,
    pub reports_to: String,
    pub left: bool,
    /// Personal notes and interests; empty in client-safe output.
    pub personal: String,
}

#[derive(Serialize)]
pub(crate) struct RoleBadge {
    pub letter: String,
    pub label: String,
    pub border: String,
    pub fill: String,
}

#[derive(Serialize)]
pub(crate) struct TeamRow {
    pub name: String,
    pub title: String,
    pub role: String,
    pub covers: usize,
}

#[derive(Serialize)]
pub(crate) struct CoverageDoc {
    pub tables: Vec<CoverageTable>,
    pub uncovered: Vec<String>,
    pub notes: Vec<Pair>,
}

#[derive(Serialize)]
pub(crate) struct CoverageTable {
    pub columns: Vec<String>,
    pub rows: Vec<CoverageRow>,
}

#[derive(Serialize)]
pub(crate) struct CoverageRow {
    pub name: String,
    pub title: String,
    pub cells: Vec<Cell>,
}

#[derive(Serialize)]
pub(crate) struct Cell {
    pub text: String,
    /// The strength we want, when higher than today's; else empty.
    pub want: String,
    /// 0 (no line) to 4 (advisor), for shading.
    pub level: u8,
    /// Below the strength we want.
    pub gap: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct FindingRow {
    pub severity: String,
    pub level: u8,
    pub title: String,
    pub explanation: String,
    pub suggestion: String,
}

#[derive(Serialize)]
pub(crate) struct NoteRow {
    pub kind: String,
    pub text: String,
    pub people: String,
}

#[derive(Serialize)]
pub(crate) struct GoalRow {
    pub title: String,
    pub person: String,
    pub priority: String,
    pub target: String,
    pub due: String,
    pub status: String,
}

#[derive(Serialize)]
pub(crate) struct InitiativeRow {
    pub title: String,
    pub owner: String,
    pub goals: String,
    pub due: String,
    pub status: String,
    pub overdue: bool,
    pub notes: String,
}

#[derive(Serialize)]
pub(crate) struct InteractionsDoc {
    pub period: String,
    pub total: u32,
    pub mix: Vec<MixRow>,
    pub recent: Vec<InteractionRow>,
    pub older: usize,
}

#[derive(Serialize)]
pub(crate) struct MixRow {
    pub label: String,
    pub count: u32,
    pub share: f64,
    pub percent: String,
    pub colour: String,
}

#[derive(Serialize)]
pub(crate) struct InteractionRow {
    pub date: String,
    pub kind: String,
    pub theirs: String,
    pub ours: String,
    pub note: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ReviewsDoc {
    pub history: Vec<ReviewRow>,
    pub next_due: String,
    pub overdue: bool,
    pub diff: Option<DiffDoc>,
}

#[derive(Serialize)]
pub(crate) struct ReviewRow {
    pub title: String,
    pub date: String,
    pub attendees: String,
    pub notes: String,
}

#[derive(Serialize)]
pub(crate) struct DiffDoc {
    pub since: String,
    pub groups: Vec<DiffGroup>,
}

#[derive(Serialize)]
pub(crate) struct DiffGroup {
    pub title: String,
    pub lines: Vec<String>,
}

pub(crate) fn date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

fn opt_date(d: Option<NaiveDate>) -> String {
    d.map(date).unwrap_or_else(|| "—".into())
}

/// 1234567.8 → "1,234,568".
pub(crate) fn thousands(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let rounded = v.round().abs() as u64;
    let digits = rounded.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if v < -0.5 { format!("-{out}") } else { out }
}

fn money(currency: &str, v: f64) -> String {
    if currency.is_empty() {
        thousands(v)
    } else {
        format!("{currency} {}", thousands(v))
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn strength_word(s: Strength) -> &'static str {
    s.label()
}

fn severity_word(s: Severity) -> (&'static str, u8) {
    match s {
        Severity::High => ("High", 3),
        Severity::Medium => ("Medium", 2),
        Severity::Low => ("Low", 1),
    }
}

fn priority_word(p: Priority) -> &'static str {
    match p {
        Priority::High => "High",
        Priority::Medium => "Medium",
        Priority::Low => "Low",
    }
}

fn goal_status_word(s: GoalStatus) -> &'static str {
    match s {
        GoalStatus::Open => "Open",
        GoalStatus::InProgress => "In progress",
        GoalStatus::Achieved => "Achieved",
        GoalStatus::Dropped => "Dropped",
    }
}

fn initiative_status_word(s: InitiativeStatus) -> &'static str {
    match s {
        InitiativeStatus::Planned => "Planned",
        InitiativeStatus::InProgress => "In progress",
        InitiativeStatus::Done => "Done",
        InitiativeStatus::Cancelled => "Cancelled",
    }
}

fn team_role_word(r: TeamRole) -> &'static str {
    match r {
        TeamRole::AccountManager => "Account manager",
        TeamRole::ExecutiveSponsor => "Executive sponsor",
        TeamRole::Specialist => "Specialist",
        TeamRole::Support => "Support",
        TeamRole::Other => "Team",
    }
}

fn note_kind_word(k: NoteKind) -> &'static str {
    match k {
        NoteKind::Issue => "Issue",
        NoteKind::Problem => "Problem",
        NoteKind::Opportunity => "Opportunity",
    }
}

/// Findings a client may read: none that rest on how we judge their people's attitude.
pub(crate) fn shareable(f: &Finding) -> bool {
    !matches!(
        f.kind,
        FindingKind::HostileInfluencer | FindingKind::ChampionUnderCovered
    )
}

/// A goal whose target is an attitude names that attitude: never in client-safe output.
fn about_attitude(g: &Goal) -> bool {
    matches!(g.target, GoalTarget::Attitude { .. })
}

struct Names<'a> {
    stakeholders: HashMap<&'a StakeholderId, &'a str>,
    team: HashMap<&'a TeamMemberId, &'a str>,
}

impl<'a> Names<'a> {
    fn of(s: &'a AccountSnapshot) -> Self {
        Self {
            stakeholders: s
                .stakeholders
                .iter()
                .map(|p| (&p.id, p.name.as_str()))
                .collect(),
            team: s.team.iter().map(|t| (&t.id, t.name.as_str())).collect(),
        }
    }

    fn stakeholder(&self, id: &StakeholderId) -> &'a str {
        self.stakeholders
            .get(id)
            .copied()
            .unwrap_or("(not on the map)")
    }

    fn member(&self, id: &TeamMemberId) -> &'a str {
        self.team.get(id).copied().unwrap_or("(not on the team)")
    }
}

fn finding_row(f: &Finding) -> FindingRow {
    let (severity, level) = severity_word(f.severity);
    FindingRow {
        severity: severity.into(),
        level,
        title: f.title.clone(),
        explanation: f.explanation.clone(),
        suggestion: f.suggested_goal.title.clone(),
    }
}

fn goal_row(g: &Goal, names: &Names) -> GoalRow {
    let target = match &g.target {
        GoalTarget::Attitude { from, to } => format!("{} → {}", from.label(), to.label()),
        GoalTarget::Coverage {
            team_member,
            from,
            to,
        } => {
            let who = team_member
                .as_ref()
                .map(|t| format!(" ({})", names.member(t)))
                .unwrap_or_default();
            format!(
                "Relationship {} → {}{who}",
                strength_word(*from),
                strength_word(*to)
            )
        }
        GoalTarget::Free { text } => text.clone(),
    };
    GoalRow {
        title: g.title.clone(),
        person: g.stakeholder.as_ref().map_or_else(
            || "The account".to_string(),
            |s| names.stakeholder(s).to_string(),
        ),
        priority: priority_word(g.priority).into(),
        target,
        due: opt_date(g.due),
        status: goal_status_word(g.status).into(),
    }
}

fn sorted_goals<'a>(goals: impl Iterator<Item = &'a Goal>) -> Vec<&'a Goal> {
    let mut goals: Vec<&Goal> = goals.collect();
    goals.sort_by(|a, b| {
        (
            !a.status.is_open(),
            a.priority,
            a.due.is_none(),
            a.due,
            &a.title,
        )
            .cmp(&(
                !b.status.is_open(),
                b.priority,
                b.due.is_none(),
                b.due,
                &b.title,
            ))
    });
    goals
}

/// Everything the template prints. `map` is the map's page plan, already drawn.
pub(crate) fn build(
    input: &PlanInput,
    options: &ReportOptions,
    findings: &[Finding],
    map: MapDoc,
) -> Doc {
    let snapshot = &input.snapshot;
    let today = input.today;
    let safe = options.client_safe;
    let account = &snapshot.account;
    let names = Names::of(snapshot);
    let metrics = rapport_core::account_metrics(snapshot, today);

    let findings: Vec<&Finding> = findings.iter().filter(|f| !safe || shareable(f)).collect();
    let hidden_goals: HashSet<_> = if safe {
        snapshot
            .goals
            .iter()
            .chain(input.reviews.iter().flat_map(|r| &r.snapshot.goals))
            .filter(|g| about_attitude(g))
            .map(|g| &g.id)
            .collect()
    } else {
        HashSet::new()
    };
    let goals = sorted_goals(
        snapshot
            .goals
            .iter()
            .filter(|g| !hidden_goals.contains(&g.id)),
    );

    let mut cover = vec![pair("Date", date(today))];
    if !options.facilitator.trim().is_empty() {
        cover.push(pair("Facilitator", options.facilitator.trim()));
    }
    if !options.plan_version.trim().is_empty() {
        cover.push(pair("Plan version", options.plan_version.trim()));
    }
    for (label, value) in [
        ("Industry", &account.industry),
        ("Region", &account.region),
        ("Size", &account.size),
    ] {
        if !value.trim().is_empty() {
            cover.push(pair(label, value.trim()));
        }
    }
    cover.push(pair("Lifecycle stage", account.lifecycle_stage.label()));

    // Key figures.
    let active = snapshot
        .stakeholders
        .iter()
        .filter(|s| s.is_active())
        .count();
    let mut figures = vec![figure(
        "Annual revenue",
        money(&account.currency, account.annual_revenue),
        format!("lifecycle stage: {}", account.lifecycle_stage.label()),
    )];
    let ltv = metrics.lifetime_value;
    if ltv.revenue > 0.0 {
        match ltv.margin {
            Some(margin) if !safe => figures.push(figure(
                "Lifetime value",
                money(&account.currency, margin),
                format!(
                    "margin, on {} revenue",
                    money(&account.currency, ltv.revenue)
                ),
            )),
            _ => figures.push(figure(
                "Lifetime value",
                money(&account.currency, ltv.revenue),
                "revenue over the expected tenure",
            )),
        }
    }
    figures.push(figure(
        "People on the map",
        snapshot.stakeholders.len().to_string(),
        format!("{active} active, {} of ours", snapshot.team.len()),
    ));
    figures.push(figure(
        "Covered by us",
        format!("{} of {}", metrics.coverage.covered, metrics.coverage.total),
        format!("{} trusted or better", metrics.coverage.strong),
    ));
    if let Some(nps) = metrics.nps {
        let score = nps.score.round();
        figures.push(figure(
            "Net promoter score",
            if score == 0.0 {
                "0".to_string()
            } else {
                format!("{score:+.0}")
            },
            format!(
                "{}: {} promoters, {} detractors",
                plural(nps.responses as usize, "answer", "answers"),
                nps.promoters,
                nps.detractors
            ),
        ));
    }
    let open_goals = goals.iter().filter(|g| g.status.is_open()).count();
    let overdue_initiatives = snapshot
        .initiatives
        .iter()
        .filter(|i| i.is_overdue(today))
        .count();
    figures.push(Figure {
        alert: overdue_initiatives > 0,
        ..figure(
            "Open goals",
            open_goals.to_string(),
            format!(
                "{} overdue",
                plural(overdue_initiatives, "initiative", "initiatives")
            ),
        )
    });
    let high = findings
        .iter()
        .filter(|f| f.severity == Severity::High)
        .count();
    figures.push(figure(
        "Findings",
        findings.len().to_string(),
        format!("{high} of high severity"),
    ));
    let last_review = input.reviews.iter().map(|r| r.review.date).max();
    let next_due = rapport_core::next_review_due(last_review, account.created_on);
    figures.push(Figure {
        alert: next_due < today,
        ..figure(
            "Next review",
            date(next_due),
            if next_due < today {
                format!("overdue by {} days", (today - next_due).num_days())
            } else {
                format!("in {} days", (next_due - today).num_days())
            },
        )
    });

    let client_goals = [
        ("In 3 months", &account.client_goals.months3),
        ("In 6 months", &account.client_goals.months6),
        ("In 12 months", &account.client_goals.months12),
        ("In 18 months", &account.client_goals.months18),
    ]
    .into_iter()
    .filter(|(_, text)| !text.trim().is_empty())
    .map(|(label, text)| pair(label, text.trim()))
    .collect();

    let summary = Summary {
        relationship_word: account.relationship_word.trim().to_string(),
        figures,
        findings: findings.iter().take(5).map(|f| finding_row(f)).collect(),
        finding_count: findings.len(),
        goals: goals
            .iter()
            .filter(|g| g.status.is_open())
            .take(5)
            .map(|g| goal_row(g, &names))
            .collect(),
        open_goal_count: open_goals,
        strategy: account.strategy.trim().to_string(),
        client_goals,
    };

    Doc {
        title: format!("{}: account plan", account.name),
        account: account.name.clone(),
        date: date(today),
        facilitator: options.facilitator.trim().to_string(),
        version: options.plan_version.trim().to_string(),
        client_safe: safe,
        page_width: options.paper.size().0,
        page_height: options.paper.size().1,
        sections: options.sections,
        cover,
        summary,
        map,
        stakeholders: stakeholder_rows(snapshot, today, safe, &names),
        team: team_rows(snapshot),
        coverage: coverage(snapshot, safe, &names),
        findings: findings.iter().map(|f| finding_row(f)).collect(),
        notes: if safe {
            Vec::new()
        } else {
            snapshot
                .notes
                .iter()
                .map(|n| NoteRow {
                    kind: note_kind_word(n.kind).into(),
                    text: n.text.clone(),
                    people: n
                        .stakeholders
                        .iter()
                        .map(|s| names.stakeholder(s))
                        .collect::<Vec<_>>()
                        .join(", "),
                })
                .collect()
        },
        goals: goals.iter().map(|g| goal_row(g, &names)).collect(),
        initiatives: initiatives(snapshot, today, safe, &names, &hidden_goals),
        interactions: interactions(snapshot, today, safe, &names, &metrics.interaction_mix),
        reviews: reviews(input, safe, &hidden_goals, next_due),
    }
}

fn stakeholder_rows(
    snapshot: &AccountSnapshot,
    today: NaiveDate,
    safe: bool,
    names: &Names,
) -> Vec<PersonRow> {
    let mut managers: HashMap<&StakeholderId, Vec<String>> = HashMap::new();
    for r in &snapshot.reports_to {
        let name = names.stakeholder(&r.manager);
        managers
            .entry(&r.stakeholder)
            .or_default()
            .push(if r.dotted {
                format!("{name} (dotted)")
            } else {
                name.to_string()
            });
    }
    let mut people: Vec<&Stakeholder> = snapshot.stakeholders.iter().collect();
    people.sort_by(|a, b| {
        (
            !a.is_active(),
            a.department.to_lowercase(),
            std::cmp::Reverse(a.influence),
            a.name.to_lowercase(),
            &a.id,
        )
            .cmp(&(
                !b.is_active(),
                b.department.to_lowercase(),
                std::cmp::Reverse(b.influence),
                b.name.to_lowercase(),
                &b.id,
            ))
    });
    people
        .into_iter()
        .map(|s| {
            let cadence = i64::from(s.cadence_days.unwrap_or(rapport_core::DEFAULT_CADENCE_DAYS));
            let overdue = s.is_active()
                && s.last_contact
                    .is_none_or(|d| (today - d).num_days() > cadence);
            let mut personal = Vec::new();
            if !safe {
                for text in [&s.personal_notes, &s.interests] {
                    if !text.trim().is_empty() {
                        personal.push(text.trim().to_string());
                    }
                }
                if let Some(b) = s.birthday {
                    personal.push(format!("Birthday {}", b.format("%-d %B")));
                }
            }
            PersonRow {
                name: s.name.clone(),
                title: s.title.clone(),
                department: s.department.clone(),
                roles: Role::ALL
                    .iter()
                    .filter(|r| s.has_role(**r))
                    .map(|&r| {
                        let (border, fill) = crate::map::style::role_colours(r);
                        RoleBadge {
                            letter: r.letter().to_string(),
                            label: r.label().to_string(),
                            border: border.into(),
                            fill: fill.into(),
                        }
                    })
                    .collect(),
                role_tag: if safe {
                    String::new()
                } else {
                    s.role_tag.trim().to_string()
                },
                attitude: if safe {
                    String::new()
                } else {
                    crate::map::style::attitude_word(s.attitude).into()
                },
                attitude_colour: if safe {
                    crate::map::style::INK_SOFT.into()
                } else {
                    crate::map::style::attitude_colour(s.attitude).into()
                },
                mark: crate::map::mark_image(s.attitude),
                pips: crate::map::pips_image(s.influence),
                last_contact: s.last_contact.map(date).unwrap_or_else(|| "never".into()),
                overdue,
                reports_to: managers
                    .get(&s.id)
                    .map(|m| m.join(", "))
                    .unwrap_or_default(),
                left: !s.is_active(),
                personal: personal.join(" · "),
            }
        })
        .collect()
}

fn team_rows(snapshot: &AccountSnapshot) -> Vec<TeamRow> {
    snapshot
        .team
        .iter()
        .map(|t| TeamRow {
            name: t.name.clone(),
            title: t.title.clone(),
            role: team_role_word(t.team_role).into(),
            covers: snapshot
                .coverage
                .iter()
                .filter(|c| c.team_member == t.id)
                .count(),
        })
        .collect()
}

/// Team members per coverage table, so every column stays wide enough on a portrait page.
const COVERAGE_COLUMNS: usize = 5;

fn coverage(snapshot: &AccountSnapshot, safe: bool, names: &Names) -> CoverageDoc {
    // The strongest line per pair, with the strength we want.
    let mut best: HashMap<(&TeamMemberId, &StakeholderId), (Strength, Strength)> = HashMap::new();
    for c in &snapshot.coverage {
        let e = best
            .entry((&c.team_member, &c.stakeholder))
            .or_insert((c.strength, c.desired));
        if c.strength > e.0 {
            *e = (c.strength, c.desired);
        }
    }
    let mut people: Vec<&Stakeholder> = snapshot
        .stakeholders
        .iter()
        .filter(|s| s.is_active())
        .collect();
    people.sort_by(|a, b| {
        (std::cmp::Reverse(a.influence), a.name.to_lowercase(), &a.id).cmp(&(
            std::cmp::Reverse(b.influence),
            b.name.to_lowercase(),
            &b.id,
        ))
    });

    let tables = snapshot
        .team
        .chunks(COVERAGE_COLUMNS)
        .map(|members| CoverageTable {
            columns: members.iter().map(|m| m.name.clone()).collect(),
            rows: people
                .iter()
                .filter(|s| members.iter().any(|m| best.contains_key(&(&m.id, &s.id))))
                .map(|s| CoverageRow {
                    name: s.name.clone(),
                    title: s.title.clone(),
                    cells: members
                        .iter()
                        .map(|m| match best.get(&(&m.id, &s.id)) {
                            None => Cell {
                                text: String::new(),
                                want: String::new(),
                                level: 0,
                                gap: false,
                            },
                            Some(&(strength, desired)) if desired > strength => Cell {
                                text: strength_word(strength).into(),
                                want: format!("→ {}", strength_word(desired)),
                                level: strength.level(),
                                gap: true,
                            },
                            Some(&(strength, _)) => Cell {
                                text: strength_word(strength).into(),
                                want: String::new(),
                                level: strength.level(),
                                gap: false,
                            },
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();

    let uncovered = people
        .iter()
        .filter(|s| {
            !snapshot
                .coverage
                .iter()
                .any(|c| c.stakeholder == s.id && c.strength >= Strength::Aware)
        })
        .map(|s| s.name.clone())
        .collect();

    let notes = if safe {
        Vec::new()
    } else {
        snapshot
            .coverage
            .iter()
            .filter(|c| !c.notes.trim().is_empty())
            .map(|c| Pair {
                label: format!(
                    "{} → {}",
                    names.member(&c.team_member),
                    names.stakeholder(&c.stakeholder)
                ),
                value: c.notes.trim().to_string(),
            })
            .collect()
    };
    CoverageDoc {
        tables,
        uncovered,
        notes,
    }
}

fn initiatives(
    snapshot: &AccountSnapshot,
    today: NaiveDate,
    safe: bool,
    names: &Names,
    hidden_goals: &HashSet<&rapport_core::GoalId>,
) -> Vec<InitiativeRow> {
    let titles: HashMap<_, _> = snapshot
        .goals
        .iter()
        .filter(|g| !hidden_goals.contains(&g.id))
        .map(|g| (&g.id, g.title.as_str()))
        .collect();
    let mut list: Vec<_> = snapshot.initiatives.iter().collect();
    list.sort_by(|a, b| {
        (a.due.is_none(), a.due, &a.title, &a.id).cmp(&(b.due.is_none(), b.due, &b.title, &b.id))
    });
    list.into_iter()
        .map(|i| InitiativeRow {
            title: i.title.clone(),
            owner: i
                .owner
                .as_ref()
                .map_or_else(|| "—".to_string(), |o| names.member(o).to_string()),
            goals: i
                .goals
                .iter()
                .filter_map(|g| titles.get(g).copied())
                .collect::<Vec<_>>()
                .join("; "),
            due: opt_date(i.due),
            status: initiative_status_word(i.status).into(),
            overdue: i.is_overdue(today),
            notes: if safe {
                String::new()
            } else {
                i.notes.trim().to_string()
            },
        })
        .collect()
}

/// How many interactions the table lists; older ones are counted, not listed.
const RECENT_INTERACTIONS: usize = 15;

fn interactions(
    snapshot: &AccountSnapshot,
    today: NaiveDate,
    safe: bool,
    names: &Names,
    mix: &[rapport_core::MixEntry],
) -> InteractionsDoc {
    const COLOURS: [&str; 5] = ["#15803d", "#1d4ed8", "#d97706", "#b91c1c", "#6b7280"];
    let total: u32 = mix.iter().map(|m| m.count).sum();
    let year_ago = today
        .checked_sub_days(chrono::Days::new(364))
        .unwrap_or(today);
    let mut list: Vec<_> = snapshot.interactions.iter().collect();
    list.sort_by(|a, b| (b.date, &a.id).cmp(&(a.date, &b.id)));
    let older = list.len().saturating_sub(RECENT_INTERACTIONS);
    InteractionsDoc {
        period: format!("{} to {}", date(year_ago), date(today)),
        total,
        mix: mix
            .iter()
            .enumerate()
            .map(|(i, m)| MixRow {
                label: m.kind.label().into(),
                count: m.count,
                share: if m.share.is_finite() { m.share } else { 0.0 },
                percent: format!("{:.0} %", m.share * 100.0),
                colour: COLOURS[i % COLOURS.len()].into(),
            })
            .collect(),
        recent: list
            .into_iter()
            .take(RECENT_INTERACTIONS)
            .map(|i| InteractionRow {
                date: date(i.date),
                kind: i.kind.label().into(),
                theirs: i
                    .stakeholders
                    .iter()
                    .map(|s| names.stakeholder(s))
                    .collect::<Vec<_>>()
                    .join(", "),
                ours: i
                    .team_members
                    .iter()
                    .map(|t| names.member(t))
                    .collect::<Vec<_>>()
                    .join(", "),
                note: if safe { String::new() } else { i.note.clone() },
            })
            .collect(),
        older,
    }
}

fn reviews(
    input: &PlanInput,
    safe: bool,
    hidden_goals: &HashSet<&rapport_core::GoalId>,
    next_due: NaiveDate,
) -> ReviewsDoc {
    let mut history: Vec<_> = input.reviews.iter().collect();
    history.sort_by(|a, b| (b.review.date, &b.review.id).cmp(&(a.review.date, &a.review.id)));
    let latest = history.first();
    let diff = latest.map(|latest| {
        let d = rapport_core::diff_snapshots(&latest.snapshot, &input.snapshot);
        let names = |people: &[rapport_core::PersonRef]| {
            people.iter().map(|p| p.name.clone()).collect::<Vec<_>>()
        };
        let field = |f: ChangedField| match f {
            ChangedField::Roles => "roles",
            ChangedField::Attitude => "attitude",
            ChangedField::Influence => "influence",
            ChangedField::Status => "status",
            ChangedField::Title => "title",
        };
        let strength = |s: Option<Strength>| s.map_or("no line", strength_word);
        let status = |s: Option<GoalStatus>| s.map_or("none", goal_status_word);
        let groups = vec![
            DiffGroup {
                title: "New on the map".into(),
                lines: names(&d.added),
            },
            DiffGroup {
                title: "No longer on the map".into(),
                lines: names(&d.gone),
            },
            DiffGroup {
                title: "People who changed".into(),
                lines: d
                    .changes
                    .iter()
                    .filter(|c| !safe || c.field != ChangedField::Attitude)
                    .map(|c| {
                        format!(
                            "{}: {} {} → {}",
                            c.name,
                            field(c.field),
                            blank(&c.before),
                            blank(&c.after)
                        )
                    })
                    .collect(),
            },
            DiffGroup {
                title: "Relationships".into(),
                lines: d
                    .coverage_changes
                    .iter()
                    .map(|c| {
                        format!(
                            "{} with {}: {} → {}",
                            c.team_member_name,
                            c.stakeholder_name,
                            strength(c.before),
                            strength(c.after)
                        )
                    })
                    .collect(),
            },
            DiffGroup {
                title: "Goals".into(),
                lines: d
                    .goal_changes
                    .iter()
                    .filter(|g| !hidden_goals.contains(&g.goal))
                    .map(|g| format!("{}: {} → {}", g.title, status(g.before), status(g.after)))
                    .collect(),
            },
        ]
        .into_iter()
        .filter(|g| !g.lines.is_empty())
        .collect();
        DiffDoc {
            since: format!("{} ({})", latest.review.title, date(latest.review.date)),
            groups,
        }
    });
    ReviewsDoc {
        history: history
            .iter()
            .map(|r| ReviewRow {
                title: r.review.title.clone(),
                date: date(r.review.date),
                attendees: r.review.attendees.clone(),
                notes: if safe {
                    String::new()
                } else {
                    r.review.notes.trim().to_string()
                },
            })
            .collect(),
        next_due: date(next_due),
        overdue: next_due < input.today,
        diff,
    }
}

fn blank(s: &str) -> &str {
    if s.trim().is_empty() { "(none)" } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rapport_core::Attitude;

    const ATTITUDE_WORDS: [&str; 5] = ["champion", "supporter", "neutral", "skeptic", "blocker"];

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(1_800_000.0), "1,800,000");
        assert_eq!(thousands(999.4), "999");
        assert_eq!(thousands(-12_345.0), "-12,345");
        assert_eq!(thousands(f64::NAN), "—");
    }

    #[test]
    fn attitude_words_are_the_core_labels() {
        for (word, a) in ATTITUDE_WORDS.iter().zip(Attitude::ALL) {
            assert_eq!(*word, a.label());
        }
    }
}
