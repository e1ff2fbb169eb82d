//! What the binaries share: how the first argument picks a subcommand, and how a
//! command's result becomes output and an exit code (0, or 2 with the message on
//! standard error).

// Each binary uses some of these helpers.
#![allow(dead_code)]

use std::process::ExitCode;

pub mod terminal;

/// A subcommand: its name and what it does with the arguments after the name.
pub type Command = (&'static str, fn(Vec<String>) -> Result<String, String>);

/// The `main` of a binary with subcommands: runs the one the first argument names (or
/// prints `usage` for `-h`/`--help`) and exits as [`finish`] says.
pub fn main(program: &str, commands: &[Command], usage: &str) -> ExitCode {
    let mut args = std::env::args().skip(1);
    let result = match args.next() {
        None => Err(usage.to_owned()),
        Some(help) if help == "-h" || help == "--help" => Ok(format!("{usage}\n")),
        Some(name) => match commands.iter().find(|(n, _)| *n == name) {
            Some((_, run)) => run(args.collect()),
            None => Err(format!("unknown command {name:?}\n\n{usage}")),
        },
    };
    finish(program, result)
}

/// Prints `result` (the output on standard output, an error after `program: ` on standard
/// error) and gives the exit code: 0, or 2 for an error.
pub fn finish(program: &str, result: Result<String, String>) -> ExitCode {
    match result {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{program}: {message}");
            ExitCode::from(2)
        }
    }
}
