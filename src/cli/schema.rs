//! `factcheck schema`: prints the JSON Schema of the claims format (committed as
//! `claims/claims.schema.json`; a tidy test keeps the two equal).

use std::process::ExitCode;

use super::{Outcome, print};

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> Outcome {
    print(&factcheck::claims::schema::to_string());
    Ok(ExitCode::SUCCESS)
}
