//! The `factcheck` command: arguments in, library calls, exit code out (0 pass, 1 fail,
//! 2 bad input). Everything it decides lives in the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
