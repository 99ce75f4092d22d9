//! The `factcheck` command: arguments in, library calls, exit code out (0 pass, 1 fail,
//! 2 bad input). Everything it decides lives in the library.

mod cli;

// Extraction makes many small, short-lived vectors and strings per paragraph; mimalloc serves
// them from thread-local free lists at a fraction of the system allocator's cost.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
