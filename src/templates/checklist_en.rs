//! The built-in tasks' titles and explanations in English (`templates::checklist` has them in
//! Vietnamese, which is what a congress stores and exports): shown on the English interface
//! for a built-in task whose text the unit has not changed.

/// The English title and explanation of the built-in task `key`.
pub fn task_en(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "upper.guidance" => (
            "Issue congress guidance and a plan to the grassroots unions below",
            "The direct upper union guides and directs the congresses of its grassroots unions before holding its own congress.",
        ),
        "upper.pilots" => (
            "Choose grassroots unions as pilots, direct their pilot congresses and draw lessons",
            "Pilot congresses are held first, by their own deadline set by the upper union, so that the other units can learn from them.",
        ),
        "plan.adopt" => (
            "Executive Committee meets and adopts the congress plan; set up the documents, personnel, and organisation and logistics subcommittees",
            "The plan sets out the timing, the format, the number of delegates and who is in charge of each task.",
        ),
        "plan.report" => (
            "Report the plan to the Party committee and the upper union; agree on the congress format (full-member or delegate)",
            "Ask for guidance before going ahead; the congress format must be agreed with the upper union.",
        ),
        "plan.emulation" => (
            "Launch an emulation movement in honour of the congress and carry out publicity",
            "Carry out publicity before, during and after the congress; choose projects and tasks dedicated to the congress.",
        ),
        "upper.follow_grassroots" => (
            "Follow the progress of the grassroots unions' congresses and compile the results",
            "Keep track of how many units have held their congress, their election results and recommendations, to include them in your own level's report.",
        ),
        "documents.term_report" => (
            "Draft the end-of-term report, including directions and targets for the new term",
            "Keep it brief and frank: results, shortcomings, objective and subjective causes, lessons learned; directions, targets, tasks and solutions.",
        ),
        "documents.reviews" => (
            "Draft the Executive Committee's review report, the Inspection Committee's report and the financial report",
            "The Executive Committee reviews its collective work over the term; the Inspection Committee reports on inspection and supervision; the financial report covers trade union revenue and expenditure.",
        ),
        "documents.comments" => (
            "Collect members' comments on the draft documents and on the draft documents of the upper union's congress",
            "Compile the comments to finalise your own documents and send the comments on the upper union's drafts to the upper union.",
        ),
        "upper.higher_drafts" => (
            "Organise comments on the draft documents of the provincial trade union congress and of the Vietnam Trade Union Congress",
            "Compile the comments of the grassroots unions and of the congress and send them to the upper level.",
        ),
        "documents.send_upper" => (
            "Send the draft documents to the upper union",
            "This lets the upper union comment on them before the congress.",
        ),
        "documents.resolution" => (
            "Draft the congress resolution with the term's targets; prepare the opening and closing speeches",
            "The targets in the resolution come from the directions section of the report, each stated as a number or a percentage.",
        ),
        "documents.finalise" => (
            "Finalise and print the congress documents",
            "Take the upper union's comments on board; print enough copies for the delegates.",
        ),
        "personnel.plan" => (
            "Draw up the personnel plan: number, structure and criteria for the Executive Committee, the Standing Committee (if any) and the Inspection Committee",
            "Candidates must meet the criteria, with a sound structure that ensures continuity and brings in younger members.",
        ),
        "personnel.chair_method" => (
            "Decide how the President is elected: directly at the congress or at the first Executive Committee meeting",
            "The election method must be stated in the personnel plan and the election rules.",
        ),
        "personnel.nominations" => (
            "Nominate candidates and hold a preliminary confidence poll",
            "The list of nominees must be longer than the number of seats to fill (a surplus), usually by no more than about 30%.",
        ),
        "delegates.allocate" => (
            "Allocate the number of official delegates among the units below",
            "Allocation follows each unit's number of members; the members of the outgoing Executive Committee are delegates ex officio.",
        ),
        "upper.own_appraisal" => (
            "Submit the new Executive Committee's personnel to the Party committee at the same level and the provincial Federation of Labour for appraisal",
            "The personnel of a direct upper union must be appraised both by the Party committee at the same level and by the upper level.",
        ),
        "personnel.appraisal" => (
            "Submit the personnel to the Party committee and the upper union for appraisal",
            "The personnel must be appraised by the Party committee and the upper union before the congress.",
        ),
        "delegates.elect" => (
            "Hold the elections of congress delegates in the units; compile the list of delegates",
            "Delegates are elected by secret ballot; keep each unit's minutes of its delegate election.",
        ),
        "delegates.credentials" => (
            "Propose the Credentials Committee; prepare the credentials report",
            "The Credentials Committee examines each delegate's credentials and reports to the congress.",
        ),
        "logistics.rules" => (
            "Prepare the agenda, the working rules and the election rules; propose the Presidium, the Secretariat and the Election Board",
            "The congress's working bodies are elected by show of hands; a grassroots congress lasts no more than 2 sessions (2023), a direct upper union's congress no more than 3 sessions.",
        ),
        "logistics.invitations" => (
            "Send invitations to guests and summonses to delegates and members",
            "The number of people summoned is the basis for the attendance rate; at grassroots level, guests are usually no more than 15% of the number of official delegates (plans of some localities in 2025).",
        ),
        "logistics.hall" => (
            "Prepare the hall, decoration, sound system and budget; ballots, ballot boxes and vote-count minutes forms",
            "Keep it solemn and economical; decorate as the rules require, always with the Vietnam Trade Union emblem.",
        ),
        "logistics.rehearsal" => (
            "Hold a full rehearsal of the congress programme",
            "Run through each part, check the sound system and assign the people who will chair and run the congress.",
        ),
        "congress.hold" => (
            "Hold the congress: check attendance, elect the working bodies, present the reports, discuss, hold the elections, adopt the resolution",
            "The congress is valid when at least 2/3 of those summoned attend; a candidate is elected with more than 1/2 of the ballots collected.",
        ),
        "congress.minutes" => (
            "Take the minutes of the congress and of the vote count; seal the ballots",
            "The vote-count minutes are drawn up by the Election Board; the ballots are sealed right after the count.",
        ),
        "after.first_meeting" => (
            "New Executive Committee holds its first meeting: elect the Vice-Presidents, the Inspection Committee and its Chair (if not elected at the congress)",
            "The results are sent with the dossier requesting recognition.",
        ),
        "after.dossier" => (
            "Send the congress dossier to the upper union to request recognition of the Executive Committee",
            "Usually within about 15 working days after the congress: the minutes, the resolution, the vote-count minutes and the letter requesting recognition.",
        ),
        "after.resolution" => (
            "Issue the congress resolution, draw up an implementation plan and report to the Party committee",
            "Build the resolution's targets into the new Executive Committee's work programme.",
        ),
        "after.ballots" => (
            "Keep the sealed ballots for 6 months, then destroy them if there are no complaints",
            "The ballots are sealed after the vote count and handed to a person responsible for keeping them.",
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::task_en;
    use crate::templates::checklist::CHECKLIST;

    #[test]
    fn every_built_in_task_has_english_words_with_no_vietnamese_letter() {
        let vietnamese = |s: &str| s.chars().any(|c| matches!(c, 'đ' | 'Đ') || (c as u32 >= 0xC0 && c as u32 <= 0x1EF9 && !c.is_ascii()));
        for t in CHECKLIST {
            let (title, explanation) = task_en(t.key).unwrap_or_else(|| panic!("no English for {}", t.key));
            assert!(!title.is_empty() && !explanation.is_empty(), "{}", t.key);
            assert!(!vietnamese(title) && !vietnamese(explanation), "{}: {title} / {explanation}", t.key);
            assert_ne!(title, t.title, "{}", t.key);
        }
        assert_eq!(task_en("no.such.task"), None);
    }
}
