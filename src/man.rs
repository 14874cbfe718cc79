//! `plenary man`: the manual page, written from the same clap definitions as `--help` so the
//! two never drift: every command with its usage, options and examples, then what `--help`
//! has no room for (the environment, the files, the exit status).

use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

use crate::config::{CONFIG_FILE, NAME_VAR, RECORDS_VAR, THEME_VAR, THEMES_DIR};

/// The manual page of `cmd` (plenary's command line) in roff, for `man -l -`.
pub fn page(cmd: clap::Command) -> Result<String, std::io::Error> {
    let mut cmd = cmd.disable_help_subcommand(true);
    cmd.build();
    let man = Man::new(cmd.clone()).manual("plenary manual");
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    let mut roff = Roff::new();
    commands(&mut roff, &mut cmd);
    examples(&mut roff, "EXAMPLES", &cmd);
    system(&mut roff);
    out.extend_from_slice(roff.to_roff().as_bytes());
    man.render_version_section(&mut out)?;
    String::from_utf8(out).map_err(std::io::Error::other)
}

/// The COMMANDS section: each visible command's usage, description, options and examples.
fn commands(roff: &mut Roff, cmd: &mut clap::Command) {
    roff.control("SH", ["COMMANDS"]);
    for sub in cmd.get_subcommands_mut().filter(|s| !s.is_hide_set()) {
        let usage = sub.render_usage().to_string();
        roff.control("SS", [sub.get_bin_name().unwrap_or(sub.get_name())]);
        roff.text([bold(usage.trim_start_matches("Usage: ").trim())]);
        if let Some(about) = sub.get_long_about().or_else(|| sub.get_about()) {
            roff.control("PP", []);
            roff.text([roman(about.to_string())]);
        }
        // The global flags are under OPTIONS already, and every command has --help.
        let own = |a: &&clap::Arg| !a.is_hide_set() && !a.is_global_set() && a.get_id() != "help";
        for arg in sub.get_arguments().filter(own) {
            argument(roff, arg);
        }
        examples(roff, "", sub);
    }
}

/// One argument of a command: how it is written, then what it is for, its choices and its
/// default.
fn argument(roff: &mut Roff, arg: &clap::Arg) {
    let values: Vec<String> = arg
        .get_value_names()
        .map(|names| names.iter().map(|n| format!("<{n}>")).collect())
        .unwrap_or_else(|| vec![format!("<{}>", arg.get_id().as_str().to_uppercase())]);
    let mut head = Vec::new();
    if let Some(short) = arg.get_short() {
        head.push(bold(format!("-{short}")));
        head.push(roman(", "));
    }
    if let Some(long) = arg.get_long() {
        head.push(bold(format!("--{long}")));
    }
    if arg.get_num_args().is_none_or(|n| n.takes_values()) && arg.get_action().takes_values() {
        if !head.is_empty() {
            head.push(roman(" "));
        }
        head.push(italic(values.join(" ")));
    }
    roff.control("TP", []);
    roff.text(head);
    let mut body = arg
        .get_long_help()
        .or_else(|| arg.get_help())
        .map(ToString::to_string)
        .unwrap_or_default();
    let choices: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if !choices.is_empty() {
        body.push_str(&format!(" [one of: {}]", choices.join(", ")));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        body.push_str(&format!(" [default: {}]", defaults.join(", ")));
    }
    roff.text([roman(body)]);
}

/// A command's examples, from its `--help` (the lines after `Examples:`), kept as written;
/// under a section heading of their own when `heading` is not empty.
fn examples(roff: &mut Roff, heading: &str, cmd: &clap::Command) {
    let Some(help) = cmd.get_after_long_help().or_else(|| cmd.get_after_help()) else {
        return;
    };
    let help = help.to_string();
    let mut lines = help.lines().peekable();
    if heading.is_empty() {
        roff.control("PP", []);
    } else {
        roff.control("SH", [heading]);
        // The section's heading says it.
        lines.next_if_eq(&"Examples:");
    }
    roff.control("nf", []);
    for line in lines {
        roff.text([roman(line)]);
    }
    roff.control("fi", []);
}

/// What `--help` has no room for: the environment, the files and the exit status.
fn system(roff: &mut Roff) {
    let item = |roff: &mut Roff, head: &str, body: &str| {
        roff.control("TP", []);
        roff.text([bold(head)]);
        roff.text([roman(body)]);
    };
    roff.control("SH", ["ENVIRONMENT"]);
    roff.text([roman(
        "Each setting is taken from its flag, else its variable, else the config file, else \
         plenary's default.",
    )]);
    item(
        roff,
        THEME_VAR,
        "The theme the meeting screen opens in, like --theme.",
    );
    item(
        roff,
        RECORDS_VAR,
        "The folder new records go in and resume looks in, like --records.",
    );
    item(roff, NAME_VAR, "The note-taker's name, like --name.");
    item(
        roff,
        "XDG_CONFIG_HOME",
        "Where the config folder is (plenary/ in it); ~/.config when unset.",
    );
    // The order main.rs::system_language reads them in: the first set and not empty decides.
    item(
        roff,
        "LC_ALL, LC_MESSAGES, LANG",
        "The language of the meeting screen when the agenda names none: the first of them set \
         and not empty decides, as POSIX has it (LC_ALL=C means English). es_ES.UTF-8, fr and \
         ar_EG read as Spanish, French and Arabic; C, POSIX, nothing or another language as \
         English. Exports follow the agenda's language (or --language), never these.",
    );
    item(
        roff,
        "NO_COLOR",
        "When set and not empty, the screen draws no colour (bold, reverse and dim stay).",
    );
    roff.control("SH", ["FILES"]);
    item(
        roff,
        &format!("$XDG_CONFIG_HOME/plenary/{CONFIG_FILE}"),
        "The config file (RON), every field optional: (theme: \"projector-dark\", records: \
         \"~/meetings\", name: \"Ana\"). A missing file is fine; a bad one is an error at its \
         line and column.",
    );
    item(
        roff,
        &format!("$XDG_CONFIG_HOME/plenary/{THEMES_DIR}/*.ron"),
        "User themes, with the same fields as the built-in ones (name, foreground, background, \
         accent, good, warn, bad, ansi).",
    );
    roff.control("SH", ["EXIT STATUS"]);
    item(roff, "0", "Done.");
    item(
        roff,
        "1",
        "The input or the situation is wrong (a bad file, a record in use); the message says what.",
    );
    item(
        roff,
        "2",
        "An internal error: plenary should have handled it.",
    );
}
