//! The built-in outlines' names and writing hints in English (`templates::documents` has them in
//! Vietnamese, which is what a draft stores): shown on the English interface. The documents
//! themselves (headings, titles, text) stay Vietnamese.

use crate::model::draft::DocumentKind;

/// Each outline's English name and its sections' English prompts, in the order of
/// `documents::OUTLINES` and of each outline's sections ("" where the Vietnamese prompt is "").
pub const OUTLINES_EN: &[(DocumentKind, &str, &[&str])] = &[
    (DocumentKind::TermReport, "End-of-term report (political report)", &[
        "Brief and frank: results, shortcomings, causes, lessons.",
        "Number of members and makeup of the workforce; the unit's main advantages and difficulties during the term.",
        "Each task and target of the previous term's resolution: achieved, exceeded or not achieved, with figures.",
        "State specifically and frankly what was not done or not done well.",
        "The objective and subjective causes of the shortcomings.",
        "The lessons learned from the past term.",
        "The part that sets the direction for the new term.",
        "The advantages and difficulties expected in the coming term.",
        "The general direction and overall objectives of the term.",
        "The list of targets comes from the term targets table and appears automatically after this section; write an introduction if needed.",
        "The main groups of tasks and the solutions for carrying them out.",
        "Recommendations to the employer or the head of the agency, the Party committee and the upper union.",
    ]),
    (DocumentKind::BchReview, "Executive Committee review report", &[
        "Leadership and direction in carrying out the congress resolution; compliance with the working rules; internal unity.",
        "Weaknesses in leadership, direction and management.",
        "Objective and subjective causes.",
        "",
        "What the new Executive Committee needs to do to overcome the shortcomings.",
    ]),
    (DocumentKind::InspectionReport, "Inspection Committee report", &[
        "Number of inspections of compliance with the Charter and of financial inspections; results and recommendations.",
        "Number of complaints and denunciations received and resolved, and the outcome.",
        "",
        "The target number of inspections per year and the focus of inspections.",
    ]),
    (DocumentKind::FinanceReport, "Financial report", &[
        "Union dues, union funding allocated back to the unit and other revenue; compared with the budget.",
        "Spending on union activities, care for members and administration; compared with the budget.",
        "",
        "",
    ]),
    (DocumentKind::PersonnelPlan, "Personnel plan", &[
        "The Charter of the Vietnam Trade Union; Guidance 56/HD-TLD (2022) on personnel work and elections; direction from the Party committee and the upper union.",
        "The standards for Executive Committee members, the President, the Vice-Presidents and Inspection Committee members.",
        "Number of committee members; structure: women (about 30%), under 40 (at least 10%), the various departments; continuity and rejuvenation; about 30% more candidates than seats to fill.",
        "The steps for proposing and sounding out candidates; appraisal by the Party committee and the upper union before the congress.",
        "One person per line: full name, position, unit.",
    ]),
    (DocumentKind::Agenda, "Congress agenda", &[
        "",
        "One item per line, in order: calling the congress to order, flag salute, statement of purpose, election of the Presidium and the Secretariat, reports, discussion, elections, adoption of the resolution, closing.",
    ]),
    (DocumentKind::WorkingRules, "Congress working rules", &[
        "",
        "The duties and powers of each body (the Credentials Committee exists only at a delegate congress).",
        "The rights and responsibilities of delegates; speaking, discussion and voting.",
        "",
    ]),
    (DocumentKind::ElectionRules, "Election rules", &[
        "Under the Trade Union Charter, a show of hands elects the Presidium, the Secretariat, the Credentials Committee and the Election Board, and decides the number to elect and the list of candidates; a secret ballot elects the Executive Committee, the officer positions, the Inspection Committee and the delegates to the upper union's congress.",
        "The members and duties of the Election Board (the Vote-counting Board).",
        "Invalid: all names crossed out, more names left than seats to fill, names added, a ballot not stamped by the Election Board, or a ballot with a distinguishing mark. A ballot with fewer names left than seats to fill is still valid.",
        "A candidate is elected with more than half of the ballots collected, taken from the highest vote down until the seats are filled; a tie for the last seat is decided by the congress (usually by a new vote among the tied candidates).",
        "Following Guidance 28/HD-TLD (24 June 2021).",
        "The ballots are sealed and kept for 6 months.",
    ]),
    (DocumentKind::OpeningSpeech, "Opening speech", &[
        "",
        "The context, the main achievements and the tasks the congress must complete.",
        "",
    ]),
    (DocumentKind::ClosingSpeech, "Closing speech", &[
        "What was adopted and the election results.",
        "",
        "",
    ]),
    (DocumentKind::CredentialsReport, "Delegate credentials report", &[
        "Ex officio delegates, elected delegates and appointed delegates (if any).",
        "Women, age, education level, Party members, the various departments.",
        "Number of delegates with valid credentials; any delegates without valid credentials and the reasons.",
        "Ask the congress to recognise the delegates' credentials.",
    ]),
    (DocumentKind::VoteCountMinutes, "Vote count minutes", &[
        "",
        "Number of ballots issued, collected, valid and invalid.",
        "Each candidate's votes, from highest to lowest; their percentage of the ballots collected.",
        "The candidates with more than half of the ballots collected, from highest to lowest until the seats are filled.",
        "The head and the members of the Election Board.",
    ]),
    (DocumentKind::CongressMinutes, "Congress minutes", &[
        "",
        "Number summoned, number present (the congress is valid when at least two thirds of those summoned are present), guests.",
        "Each item of the agenda and the main points raised in discussion.",
        "",
        "Closing time; signatures of the secretary and the chair.",
    ]),
    (DocumentKind::Resolution, "Congress resolution", &[
        "The Charter of the Vietnam Trade Union; the outcome of the congress's discussion and votes.",
        "",
        "The end-of-term report, the Executive Committee review report, the Inspection Committee report and the financial report.",
        "The targets come from the term targets table and appear automatically after this section.",
        "",
        "The number and names of the Executive Committee members, the President (if elected directly) and the Inspection Committee members.",
        "",
    ]),
    (DocumentKind::UpperDraftComments, "Summary of comments on the upper union's draft congress documents", &[
        "How comments were gathered and how many people took part.",
        "",
        "",
        "",
    ]),
    (DocumentKind::MembersRecommendations, "Summary of members' recommendations", &[
        "",
        "",
        "",
    ]),
    (DocumentKind::RecognitionLetter, "Submission for recognition of the Executive Committee", &[
        "The Standing Committee of the direct upper union.",
        "Date of the congress, number of delegates present, election results.",
        "Ask for recognition of the Executive Committee, the President, the Vice-Presidents and the Inspection Committee.",
        "The congress minutes, the vote count minutes, the resolution and the list of members' brief personal details.",
    ]),
    (DocumentKind::Blank, "Blank document", &[""]),
];

/// The English of a section's stored prompt, when it is still the built-in prompt of its
/// outline (`{…}` in the Vietnamese, filled when the draft was made, matches any text).
pub fn prompt_en(kind: DocumentKind, stored: &str) -> Option<&'static str> {
    let at = super::documents::OUTLINES.iter().position(|o| o.kind == kind)?;
    let (_, _, english) = OUTLINES_EN.get(at)?;
    super::documents::OUTLINES[at]
        .sections
        .iter()
        .position(|&(_, prompt, ..)| !prompt.is_empty() && fits(prompt, stored))
        .and_then(|i| english.get(i).copied())
        .filter(|e| !e.is_empty())
}

/// Whether `text` is `template` with each `{placeholder}` filled in.
fn fits(template: &str, text: &str) -> bool {
    let mut pieces = template.split('{').enumerate().map(|(i, p)| if i == 0 { p } else { p.split_once('}').map_or(p, |(_, rest)| rest) });
    let Some(first) = pieces.next() else { return text.is_empty() };
    let Some(mut rest) = text.strip_prefix(first) else { return false };
    let pieces: Vec<&str> = pieces.collect();
    if pieces.is_empty() {
        return rest.is_empty();
    }
    for (i, piece) in pieces.iter().enumerate() {
        if i + 1 == pieces.len() {
            return rest.ends_with(piece);
        }
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::documents::OUTLINES;

    #[test]
    fn every_outline_has_english_of_the_same_shape() {
        assert_eq!(OUTLINES.len(), OUTLINES_EN.len());
        for (o, (kind, name, prompts)) in OUTLINES.iter().zip(OUTLINES_EN) {
            assert_eq!(o.kind, *kind);
            assert!(!name.is_empty());
            assert_eq!(o.sections.len(), prompts.len(), "{name}");
            for (&(_, vi, ..), en) in o.sections.iter().zip(prompts.iter()) {
                assert_eq!(vi.is_empty(), en.is_empty(), "{name}: {vi}");
            }
        }
        let vietnamese = |s: &str| s.chars().any(|c| matches!(c, 'À'..='ỹ'));
        for (_, name, prompts) in OUTLINES_EN {
            assert!(!vietnamese(name) && !prompts.iter().any(|p| vietnamese(p)), "{name}");
        }
    }

    #[test]
    fn a_new_drafts_prompts_read_in_english_until_changed() {
        let c = crate::templates::sample_congress();
        let mut n = 0;
        for o in OUTLINES {
            let d = crate::templates::new_draft(o.kind, &c, &mut || {
                n += 1;
                format!("d{n}")
            });
            for s in d.sections.iter().filter(|s| !s.prompt.is_empty()) {
                assert!(prompt_en(o.kind, &s.prompt).is_some(), "{}: {}", o.name, s.prompt);
            }
        }
        // Filled placeholders ({charter}) still match; changed or foreign text does not.
        let rules = crate::templates::new_draft(DocumentKind::ElectionRules, &c, &mut || "x".into());
        assert!(rules.sections[0].prompt.contains("Điều lệ"));
        assert!(prompt_en(DocumentKind::ElectionRules, &rules.sections[0].prompt).unwrap().starts_with("Under the Trade Union Charter"));
        assert_eq!(prompt_en(DocumentKind::TermReport, "Lời dẫn riêng của đơn vị."), None);
        assert_eq!(prompt_en(DocumentKind::Agenda, &rules.sections[0].prompt), None);
    }

    #[test]
    fn placeholders_match_any_text() {
        assert!(fits("a {x} b", "a 2023 b"));
        assert!(fits("{x}: c", "Điều lệ: c"));
        assert!(fits("plain", "plain"));
        assert!(!fits("plain", "plain and more"));
        assert!(!fits("a {x} b", "a 2023 c"));
        assert!(!fits("{x}: c", "c"));
    }
}
