//! Snapshots of every view of the meeting screen at 80x24 (a laptop terminal) and 160x45 (a
//! large one), with a fixed clock and a record filled through the keys.

mod common;

use common::screen::Screen;

/// A screen with a meeting under way: the opening ran late, notes of each kind, a proposal
/// scored and selected, a resolution adopted by vote.
fn meeting(width: u16, height: u16) -> Screen {
    let mut s = Screen::new(width, height);
    s.wait(10).keys("<Space>").wait(5);
    s.keys("nWelcome, and thanks to the hosts<Enter>")
        .keys("key: Defenders are being killed at a rising rate<Enter>")
        .keys("q: How do members join a campaign?<Enter>")
        .keys("\"Umhlaba ngowethu — the land is ours\" — Ana<Enter>")
        .keys("集体行动 needs shared data 🌍<Enter>")
        .keys("action: Ben to circulate the survey results by 2018-08-10<Enter><Esc>");
    s.wait(29).keys("E]<Space>").wait(20);
    s.keys("P4l3+++s").keys("j2l1+p<Enter>");
    s.keys("Ra")
        .keys("Create an Action Group to design the pilot<Enter>")
        .keys("v24 3 2<Enter>s");
    s
}

fn snapshot(name: &str, s: &mut Screen) {
    s.draw();
    let size = s.size();
    insta::assert_snapshot!(
        format!("{name}_{}x{}", size.width, size.height),
        s.terminal.backend()
    );
}

#[test]
fn every_view_at_both_sizes() {
    for (width, height) in [(80, 24), (160, 45)] {
        let mut s = meeting(width, height);
        s.keys("N[");
        snapshot("notes", &mut s);
        s.keys("n\"Land is life\" — ");
        snapshot("editor", &mut s);
        s.keys("<Tab>an");
        snapshot("speaker", &mut s);
        s.keys("<Esc><Esc>");
        snapshot("discard", &mut s);
        s.keys("y?");
        snapshot("help", &mut s);
        s.keys("<Esc>P");
        snapshot("proposals", &mut s);
        s.keys("m");
        snapshot("merge", &mut s);
        s.keys("<Esc>R");
        snapshot("resolutions", &mut s);
        s.keys("e");
        snapshot("prompt", &mut s);
        s.keys("<Esc>t");
        snapshot("link_actions", &mut s);
        s.keys("<Esc>Qaan<Enter>abe<Enter><Enter>");
        s.wait(2);
        s.keys("<Enter>");
        s.wait(1);
        s.keys("a");
        snapshot("raise_hand", &mut s);
        s.keys("Visitor<Enter>");
        snapshot("speakers", &mut s);
    }
}

#[test]
fn an_empty_meeting_at_both_sizes() {
    for (width, height) in [(80, 24), (160, 45)] {
        let mut s = Screen::new(width, height);
        snapshot("empty_notes", &mut s);
        s.keys("P");
        snapshot("empty_proposals", &mut s);
        s.keys("R");
        snapshot("empty_resolutions", &mut s);
    }
}

#[test]
fn every_projector_screen_at_200x50() {
    let mut s = meeting(200, 50);
    s.keys("Bnaction: Ben to map the members' campaigns<Enter><Esc>");
    s.keys("sEducating and informing members<Enter>hL");
    s.keys("Qaan<Enter><Enter>");
    s.wait(1);
    s.keys("W");
    for (tab, key) in [
        ("agenda", "N"),
        ("proposals", "P"),
        ("resolutions", "R"),
        ("board", "B"),
        ("speakers", "Q"),
    ] {
        s.keys(key);
        snapshot(&format!("projector_{tab}"), &mut s);
    }
    s.keys("O");
    snapshot("projector_qr", &mut s);
    s.keys("<Esc>T");
    snapshot("projector_dark_theme", &mut s);
}
