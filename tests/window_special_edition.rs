//! A special edition in the window: ticked and explained in Issue details, it
//! turns the share above the limit from an error into a matter of record,
//! in the meter, the status bar and the export dialog, in the same frame.

mod window_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use monitor_workbench::sample::sample_issue;
use window_support::{ScriptedDesktop, with_desktop};

const OVER: &str = "State media: 7 of 37 citations — 18.9% of 15% allowed · 1 citation unreviewed";
const ON_PURPOSE: &str = "State media: 7 of 37 citations — 18.9% of 15% allowed · 1 citation unreviewed · special edition";
const REASON: &str = "Anniversary issue: the Kremlin's own account, quoted at length";

#[test]
fn ticking_special_edition_and_giving_a_reason_opens_the_gate_and_undo_closes_it() {
    // The sample (18.9% of citations) under a 15% limit: over it, an error.
    let mut issue = sample_issue();
    issue.policy.limit = 0.15;
    let mut harness = with_desktop(issue, None, ScriptedDesktop::default(), None);
    harness.get_by_label(OVER);
    harness.get_by_label("2 errors");
    harness.get_by_label("6 warnings");

    harness.get_by_label("Issue details").click();
    harness.run();
    let tick = harness.get_by_label("Special edition: exceeds the limit on purpose");
    tick.scroll_to_me();
    harness.run();
    harness
        .get_by_label("Special edition: exceeds the limit on purpose")
        .click();
    harness.run();
    // Marked, but no reason yet: still an error, and a warning says why.
    assert!(
        harness
            .state()
            .open
            .document
            .issue()
            .policy
            .special_edition
            .is_some()
    );
    harness.get_by_label(OVER);
    harness.get_by_label("2 errors");
    harness.get_by_label("7 warnings");
    harness.get_by_label("Without a reason, a share above the limit stays an error.");
    // Readers are told in the language's words until the editor writes their own.
    harness.get_by_label(
        "Readers see, after the methodology note: This is a special edition: state media make \
         up 18.9% of its citations, above our usual limit of 15%, by the editors' choice.",
    );

    harness.get_by_label("Why it exceeds the limit").focus();
    harness
        .get_by_label("Why it exceeds the limit")
        .type_text(REASON);
    harness.run();
    let special = harness
        .state()
        .open
        .document
        .issue()
        .policy
        .special_edition
        .clone()
        .expect("marked");
    assert_eq!(special.reason, REASON);
    // The same frame: the meter says special edition, the share error is gone.
    harness.get_by_label(ON_PURPOSE);
    assert!(harness.query_by_label(OVER).is_none());
    harness.get_by_label("1 error");
    harness.get_by_label("7 warnings");
    harness.get_by_label("Special edition: over the limit on purpose");
    assert!(
        harness
            .query_by_label("Without a reason, a share above the limit stays an error.")
            .is_none()
    );

    // The export dialog lists only the opinion piece as standing in the way,
    // and says why the share may exceed the limit.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.get_by_label_contains("The issue is not compliant: 1 error.");
    harness.get_by_label_contains("opinion-source — Venezuela, entry 2");
    assert!(
        harness
            .query_by_label_contains("state-media-share")
            .is_none()
    );
    harness.get_by_label(&format!(
        "Special edition: state media make up 18.9% of citations (7 of 37), exceeding the 15% \
         limit on purpose — reason: {REASON}"
    ));
    harness.get_by_label("Cancel").click();
    harness.run();

    // The reason was typed in one burst: one undo takes it back, and the
    // share is an error again; a second one unticks the mark.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let policy = harness.state().open.document.issue().policy.clone();
    assert_eq!(
        policy.special_edition.map(|s| s.reason),
        Some(String::new())
    );
    harness.get_by_label(OVER);
    harness.get_by_label("2 errors");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().open.document.issue().policy.special_edition,
        None
    );
    harness.get_by_label("6 warnings");
    // Redo twice puts the special edition back with its reason.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    harness.get_by_label(ON_PURPOSE);
}
