//! The personnel plan's document text (đề án nhân sự, sections III and V), written from the
//! plan's data: seats, structure targets against the nominees, surplus, and the list of
//! nominees in ballot-list order. Vietnamese whatever the interface language: it is an
//! official document.

use chrono::NaiveDate;

use crate::model::congress_day::{ballot_order, CongressDay, Gender, Person};
use crate::model::congress_day::{hundredths, percent_text};
use super::minutes::body_text;
use crate::model::personnel::{Criterion, Indicator, Surplus, PLANNED_BODIES};

/// The outline's heading of the section on number and structure.
pub const STRUCTURE_HEADING: &str = "III. Số lượng và cơ cấu";
/// The outline's heading of the list of nominees.
pub const LIST_HEADING: &str = "V. Danh sách đề cử";

/// "nữ", "dưới 40 tuổi", … as a document names an indicator.
pub fn criterion_text(c: &Criterion) -> String {
    match c {
        Criterion::Women => "nữ".into(),
        Criterion::Under { age } => format!("dưới {age} tuổi"),
        Criterion::PartyMembers => "đảng viên".into(),
        Criterion::EthnicMinority => "người dân tộc thiểu số".into(),
        Criterion::ReElected => "tái cử".into(),
        Criterion::New => "tham gia lần đầu".into(),
        Criterion::Department { name } => format!("thuộc {name}"),
    }
}

fn indicator_line(ind: &Indicator, has: u32, of: u32, needed: Option<u32>) -> String {
    let need = needed.map(|n| format!(" (ít nhất {n} người)")).unwrap_or_default();
    format!("- Tỷ lệ {}: từ {}% trở lên{need}; trong danh sách đề cử có {has}/{of} người.", criterion_text(&ind.criterion), ind.target)
}

/// Section III: the seats of each body, the structure of the executive committee's nominees
/// against each target, and the surplus.
pub fn structure_text(day: &CongressDay, on: NaiveDate) -> String {
    let plan = &day.plan;
    let seats: Vec<String> =
        PLANNED_BODIES.iter().filter_map(|b| plan.seats(*b).map(|s| format!("{}: {s} ủy viên", body_text(*b)))).collect();
    let mut lines = Vec::new();
    if !seats.is_empty() {
        lines.push(format!("Số lượng: {}.", seats.join("; ")));
    }
    for body in PLANNED_BODIES {
        let bp = day.body_plan(body, on);
        if bp.seats.is_none() && bp.standing == 0 {
            continue;
        }
        if !bp.structure.is_empty() && bp.standing > 0 {
            lines.push(format!("Cơ cấu {} dự kiến:", body_text(body)));
            for (ind, m) in &bp.structure {
                lines.push(indicator_line(ind, m.has, m.of, m.needed));
            }
        }
        if let (Some(seats), Some(s)) = (bp.seats, bp.surplus) {
            let sur = match s {
                Surplus::Missing { missing } => format!("số người đề cử ít hơn số cần bầu {missing} người"),
                Surplus::AboveCap { surplus, .. } | Surplus::BelowFloor { surplus, .. } | Surplus::Within { surplus } => {
                    format!("số dư {surplus} người ({}% số cần bầu)", percent_text(hundredths(surplus, seats)))
                }
            };
            lines.push(format!("Danh sách đề cử {}: {} người cho {seats} ủy viên, {sur}.", body_text(body), bp.standing));
        }
    }
    lines.join("\n")
}

fn nominee_line(n: usize, p: &Person, re_elected: bool) -> String {
    let title = if p.gender == Gender::Male { "Ông" } else { "Bà" };
    let mut parts = vec![format!("{n}. {title} {}", p.full_name())];
    if !p.born.is_empty() {
        parts.push(if p.born.len() == 4 { format!("sinh năm {}", p.born) } else { format!("sinh ngày {}", p.born) });
    }
    for text in [&p.position, &p.department] {
        if !text.trim().is_empty() {
            parts.push(text.trim().to_string());
        }
    }
    if !p.ethnicity.trim().is_empty() {
        parts.push(format!("dân tộc {}", p.ethnicity.trim()));
    }
    if p.party_member {
        parts.push("đảng viên".into());
    }
    parts.push(if re_elected { "tái cử".into() } else { "tham gia lần đầu".into() });
    format!("- {}.", parts.join(", "))
}

/// Section V: each body's nominees not withdrawn, in ballot-list order.
pub fn list_text(day: &CongressDay) -> String {
    let mut lines = Vec::new();
    for body in PLANNED_BODIES {
        let nominees: Vec<(&Person, bool)> =
            day.plan.standing(body).filter_map(|n| Some((day.person(&n.person)?, n.re_elected))).collect();
        if nominees.is_empty() {
            continue;
        }
        lines.push(format!("{} ({} người):", body_text(body), nominees.len()));
        let people: Vec<&Person> = nominees.iter().map(|(p, _)| *p).collect();
        for (n, i) in ballot_order(&people).into_iter().enumerate() {
            lines.push(nominee_line(n + 1, nominees[i].0, nominees[i].1));
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::congress_day::person;
    use crate::model::congress_day::Body;
    use crate::model::personnel::Nominee;

    #[test]
    fn the_sections_say_the_seats_the_structure_the_surplus_and_the_list_in_ballot_order() {
        let mut day = CongressDay::default();
        let mut add = |id: &str, family: &str, given: &str, g: Gender, born: &str, party: bool| {
            let mut p = person(id.into(), family, "Thị", given, g, born).unwrap();
            p.party_member = party;
            p.position = "Tổ trưởng".into();
            day.people.push(p);
            day.plan.nominees.push(Nominee::new(id.into(), Body::Executive));
        };
        add("a", "Trần", "Lan", Gender::Female, "12/03/1990", true);
        add("b", "Lê", "Bình", Gender::Male, "1975", false);
        add("c", "Phạm", "Ánh", Gender::Female, "", false);
        add("d", "Vũ", "Đức", Gender::Male, "1980", false);
        day.plan.nominees[3].withdrawn = true;
        day.plan.nominees[1].re_elected = true;
        day.plan.executive_seats = Some(2);
        day.plan.indicators.push(Indicator { id: "w".into(), criterion: Criterion::Women, target: 30, body: None });
        let on = NaiveDate::from_ymd_opt(2027, 5, 20).unwrap();
        let structure = structure_text(&day, on);
        assert_eq!(
            structure,
            "Số lượng: Ban Chấp hành: 2 ủy viên.\nCơ cấu Ban Chấp hành dự kiến:\n- Tỷ lệ nữ: từ 30% trở lên (ít nhất 1 người); trong danh sách đề cử có 2/3 người.\nDanh sách đề cử Ban Chấp hành: 3 người cho 2 ủy viên, số dư 1 người (50,00% số cần bầu)."
        );
        let list = list_text(&day);
        assert_eq!(
            list,
            "Ban Chấp hành (3 người):\n- 1. Bà Phạm Thị Ánh, Tổ trưởng, tham gia lần đầu.\n- 2. Ông Lê Thị Bình, sinh năm 1975, Tổ trưởng, tái cử.\n- 3. Bà Trần Thị Lan, sinh ngày 12/03/1990, Tổ trưởng, đảng viên, tham gia lần đầu."
        );
        assert!(!list.contains("Đức"), "a withdrawn nominee is not listed");
    }
}
