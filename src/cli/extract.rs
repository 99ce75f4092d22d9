//! `factcheck extract FILE… [--reference DATE|DATETIME] [--prefer past|future] [--each-line]
//! [--format text|jsonl]`

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use factcheck::article::{Article, Format};
use factcheck::extract::{self, Context, Prefer, Reference, Value};
use factcheck::report::wire::ExtractedValue;
use factcheck::span::Span;

use super::{Outcome, UserError, print};

#[derive(clap::Args)]
pub struct Args {
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Reference date for relative expressions: 2023-09-13 or 2013-02-12T04:30:00-02:00.
    #[arg(long)]
    reference: Option<String>,
    /// Which way a weekday or month without tense points.
    #[arg(long, value_enum, default_value = "past")]
    prefer: PreferArg,
    /// Treat each input line as its own text (`line` is then the input line).
    #[arg(long)]
    each_line: bool,
    #[arg(long, value_enum, default_value = "text")]
    format: ExtractFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum PreferArg {
    Past,
    Future,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Text,
    Jsonl,
}

pub fn run(args: Args) -> Outcome {
    let reference = args.reference.as_deref().map(parse_reference).transpose()?;
    let prefer = match args.prefer {
        PreferArg::Past => Prefer::Past,
        PreferArg::Future => Prefer::Future,
    };
    let mut out = String::new();
    for path in &args.files {
        let text = factcheck::input::read_text(path)?;
        let cx = Context {
            reference,
            prefer,
            zone: None,
        };
        if args.each_line {
            let mut offset = 0;
            for (line_idx, line) in text.split_inclusive('\n').enumerate() {
                let body = line.trim_end_matches(['\n', '\r']);
                for value in extract::extract(body, &cx) {
                    let value = Value {
                        span: value.span.shift(offset),
                        ..value
                    };
                    write_value(
                        &mut out,
                        args.format,
                        &value,
                        &text,
                        line_idx + 1,
                        value.span,
                    );
                }
                offset += line.len();
            }
        } else {
            let article = Article::from_text(&text, Format::from_path(path));
            for value in extract::extract_article(&article, &cx) {
                let line = article.line(value.span.start);
                let in_file = article.file_span(value.span);
                write_value(&mut out, args.format, &value, &article.text, line, in_file);
            }
        }
    }
    print(&out);
    Ok(ExitCode::SUCCESS)
}

/// One value; `text` is what its span indexes, `in_file` where it lies in the file.
fn write_value(
    out: &mut String,
    format: ExtractFormat,
    value: &Value,
    text: &str,
    line: usize,
    in_file: Span,
) {
    let mut wire = ExtractedValue::new(value, text, line);
    (wire.start, wire.end) = (in_file.start, in_file.end);
    match format {
        ExtractFormat::Jsonl => {
            // OK because the wire type holds only strings and numbers.
            out.push_str(&serde_json::to_string(&wire).unwrap());
        }
        ExtractFormat::Text => {
            use std::fmt::Write;
            let _ = write!(out, "{}:{} {} {}", line, wire.start, wire.kind, wire.value);
            if let Some(q) = wire.qualifier {
                let _ = write!(out, " {}", q.as_str());
            }
            for extra in [wire.zone, wire.currency, wire.unit, wire.speaker]
                .into_iter()
                .flatten()
            {
                let _ = write!(out, " [{extra}]");
            }
            let _ = write!(out, "  {:?}", wire.text);
        }
    }
    out.push('\n');
}

/// `2023-09-13` or an RFC 3339 datetime such as `2013-02-12T04:30:00-02:00`.
fn parse_reference(s: &str) -> Result<Reference, UserError> {
    let pieces = jiff::fmt::temporal::Pieces::parse(s).map_err(|_| {
        UserError::new(
            format!("--reference {s:?} is not a date or an RFC 3339 datetime"),
            "write 2023-09-13 or 2013-02-12T04:30:00-02:00",
        )
    })?;
    Ok(match pieces.time() {
        None => Reference::from_date(pieces.date()),
        Some(time) => Reference {
            datetime: pieces.date().to_datetime(time),
            offset: pieces.to_numeric_offset(),
        },
    })
}
