//! The organizer's commitments in the summary link (`docs/link-format.md`, "Commitments"): keys
//! `c1w` … `c3a` and `cn`, after the survey's settings. A table of their own rather than rows of
//! [`super::Field`]: the survey page reads `Field`s, and every row there is carried in the
//! respondents' wasm; these keys are read only here, which only the organizer's pages call.

use super::{escapes_whole, Query};
use crate::report::action::{Part, Place, Plan, PlanError, MAX_COMMITMENTS};

/// The key of `place`: `c`, the commitment's number from 1, and the part's letter; `cn` for the
/// next survey's date.
pub fn plan_key(place: Place) -> String {
    match place {
        Place::Next => "cn".to_string(),
        Place::Commitment(slot, part) => {
            let letter = match part {
                Part::What => 'w',
                Part::Who => 'o',
                Part::By => 'b',
                Part::Lever => 'l',
                Part::After => 'a',
            };
            format!("c{}{letter}", slot + 1)
        }
    }
}

/// The place whose key is `key` ([`plan_key`] read back); `None` for any other key.
pub fn place_of(key: &str) -> Option<Place> {
    if key == "cn" {
        return Some(Place::Next);
    }
    let &[b'c', digit @ b'1'..=b'9', letter] = key.as_bytes() else {
        return None;
    };
    let slot = usize::from(digit - b'1');
    let part = match letter {
        b'w' => Part::What,
        b'o' => Part::Who,
        b'b' => Part::By,
        b'l' => Part::Lever,
        b'a' => Part::After,
        _ => return None,
    };
    (slot < MAX_COMMITMENTS).then_some(Place::Commitment(slot, part))
}

/// The plan in a summary query (the whole query; other keys are skipped). Values are trimmed, as
/// the survey's settings are. A key given twice or a cut `%` escape is refused; every other
/// problem of a value is left for [`Plan::problems`], so that the page shows it beside its field
/// with the text as it was.
pub fn read_plan(query: &str) -> Result<Plan, PlanError> {
    let mut plan = Plan::default();
    let mut seen: Vec<Place> = Vec::new();
    for pair in query.split('&') {
        let Some((key, value)) = form_urlencoded::parse(pair.as_bytes()).next() else {
            continue;
        };
        let Some(place) = place_of(&key) else {
            continue;
        };
        if !escapes_whole(pair) {
            return Err(PlanError::Damaged(place));
        }
        if seen.contains(&place) {
            return Err(PlanError::Repeated(place));
        }
        seen.push(place);
        let value = value.trim().to_string();
        match place {
            Place::Next => plan.next = value,
            Place::Commitment(slot, part) => {
                if let Some(c) = plan.commitments.get_mut(slot) {
                    *c.part_mut(part) = value;
                }
            }
        }
    }
    Ok(plan)
}

/// The plan as `&`-prefixed pairs to append to a summary query: every non-empty value (trimmed),
/// commitments in order, part by part, then `cn`. Empty for an empty plan.
pub fn plan_query(plan: &Plan) -> String {
    let mut out = Query(String::from("x"));
    for (slot, commitment) in plan.commitments.iter().enumerate() {
        for (part, value) in commitment.parts() {
            let value = value.trim();
            if !value.is_empty() {
                out.append_pair(&plan_key(Place::Commitment(slot, part)), value);
            }
        }
    }
    if !plan.next.trim().is_empty() {
        out.append_pair(&plan_key(Place::Next), plan.next.trim());
    }
    // The leading "x" only made the encoder write a `&` before the first pair.
    out.0.split_off(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::action::Commitment;

    #[test]
    fn keys_are_read_back_as_written() {
        for slot in 0..MAX_COMMITMENTS {
            for part in Part::ALL {
                let place = Place::Commitment(slot, part);
                assert_eq!(place_of(&plan_key(place)), Some(place));
            }
        }
        assert_eq!(place_of("cn"), Some(Place::Next));
        for other in ["c4w", "c0w", "c1x", "c1", "cw1", "C1w", "c10w"] {
            assert_eq!(place_of(other), None, "{other}");
        }
    }

    #[test]
    fn a_plan_is_written_after_the_settings_and_read_back() {
        let mut plan = Plan::default();
        plan.commitments[1] = Commitment {
            what: "Scribes in clinic & 2 more nurses = 100%".into(),
            who: "Dra. Núñez".into(),
            by: "2027-03-31".into(),
            lever: "resources".into(),
            after: "2026 Q1".into(),
        };
        plan.next = "2027-09-01".into();
        let query = plan_query(&plan);
        assert_eq!(
            query,
            "&c2w=Scribes+in+clinic+%26+2+more+nurses+%3D+100%25&c2o=Dra.+N%C3%BA%C3%B1ez&c2b=2027-03-31&c2l=resources&c2a=2026+Q1&cn=2027-09-01"
        );
        assert_eq!(read_plan(&format!("v=1&id=ABCDEF&t=T{query}")), Ok(plan));
        assert_eq!(plan_query(&Plan::default()), "");
    }

    #[test]
    fn repeated_and_damaged_values_are_refused() {
        assert_eq!(
            read_plan("c1w=a&c1w=b"),
            Err(PlanError::Repeated(Place::Commitment(0, Part::What)))
        );
        assert_eq!(
            read_plan("cn=2027-01-0%3"),
            Err(PlanError::Damaged(Place::Next))
        );
        // Keys of a later version with more commitments are ignored, as unknown keys are.
        assert_eq!(read_plan("c4w=x&cz=1"), Ok(Plan::default()));
    }
}
