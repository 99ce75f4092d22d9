//! `factcheck parse FILE [--plain] [--input plain|markdown|html] [--format text|json]`
//!
//! The article format follows the extension (`.md`, `.html`, else plain text); `--input`
//! overrides it (`--format` already names the output format).

use std::path::PathBuf;
use std::process::ExitCode;

use factcheck::article::{Article, Format};
use factcheck::report::wire::ParsedArticle;

use super::{Outcome, TextOrJson, print};

#[derive(clap::Args)]
pub struct Args {
    file: PathBuf,
    /// Read the file as body text only: no headline, dateline or headings.
    #[arg(long)]
    plain: bool,
    /// Read the file as this format, whatever its extension.
    #[arg(long, value_enum)]
    input: Option<InputFormat>,
    #[arg(long, value_enum, default_value = "text")]
    format: TextOrJson,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum InputFormat {
    Plain,
    Markdown,
    Html,
}

pub fn run(args: Args) -> Outcome {
    let text = factcheck::input::read_text(&args.file)?;
    let format = match (args.plain, args.input) {
        (true, _) => Format::Body,
        (false, Some(InputFormat::Plain)) => Format::Plain,
        (false, Some(InputFormat::Markdown)) => Format::Markdown,
        (false, Some(InputFormat::Html)) => Format::Html,
        (false, None) => Format::from_path(&args.file),
    };
    let article = Article::from_text(&text, format);
    let out = match args.format {
        TextOrJson::Json => {
            // OK because the wire types hold only strings and numbers.
            serde_json::to_string_pretty(&ParsedArticle::new(&article)).unwrap() + "\n"
        }
        TextOrJson::Text => outline(&article),
    };
    print(&out);
    Ok(ExitCode::SUCCESS)
}

fn outline(article: &Article) -> String {
    use std::fmt::Write;
    let text = &article.text;
    let mut out = String::new();
    let block = |out: &mut String, label: &str, p: &factcheck::article::Paragraph| {
        let lc = article.line_col(p.span.start);
        let _ = writeln!(out, "{label} {}:{}", lc.line, lc.column);
        for s in article.sentences(p) {
            let _ = writeln!(out, "  | {}", s.span.of(text));
        }
    };
    if let Some(p) = &article.headline {
        block(&mut out, "headline", p);
    }
    if let Some(p) = &article.standfirst {
        block(&mut out, "standfirst", p);
    }
    if let Some(d) = &article.dateline {
        let _ = writeln!(
            out,
            "dateline {:?}: place {:?}, region {:?}, date {:?}, agency {:?}",
            d.span.of(text),
            d.place,
            d.region,
            d.date,
            d.agency
        );
    }
    for section in &article.sections {
        if let Some(h) = &section.heading {
            let _ = writeln!(out, "section {:?}", h.span.of(text));
        }
        for p in &section.paragraphs {
            block(&mut out, "paragraph", p);
        }
    }
    for w in &article.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    out
}
