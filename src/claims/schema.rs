//! The JSON Schema of the claims format, for editors' TOML language servers (taplo, Even
//! Better TOML read it through the `#:schema ../claims.schema.json` line every claims file
//! starts with): completion, hover docs and inline errors as the editor types.
//!
//! # Why by hand
//!
//! The loader walks the TOML tree itself (see `load.rs`), so there is no serde model to derive
//! a schema from, and a derived one could not say the one rule editors trip on most: exactly
//! one expectation key per claim. Built here with `serde_json`, it says it as a `oneOf` of
//! `required` lists, closes every table with `additionalProperties: false` (so a typo such as
//! `speeker` is flagged), ties `speaker` to `quote` and `match` to `items`, and gives every key
//! a description and an example. A unit test keeps its keys equal to the loader's key lists;
//! a tidy test keeps `claims/claims.schema.json` equal to [`to_string`].
//!
//! Draft 7, the newest draft taplo validates.

use serde_json::{Value, json};

use super::EXPECTATION_KEYS;
#[cfg(test)]
use super::{CLAIM_KEYS, FILE_KEYS};

/// The schema as a JSON value.
pub fn schema() -> Value {
    let string_or_list = |description: &str, example: Value| {
        json!({
            "description": description,
            "anyOf": [
                {"type": "string", "minLength": 1},
                {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
            ],
            "examples": [example]
        })
    };
    let value_key = |description: &str, types: Value, examples: Value| json!({"description": description, "type": types, "examples": examples});
    let claim_properties = json!({
        "id": {
            "description": "The claim's name, unique in the file: lowercase letters, digits and hyphens. Tests are named `<claims file>::<id>`.",
            "type": "string",
            "pattern": "^[a-z0-9-]+$",
            "examples": ["talks-duration"]
        },
        "says": {
            "description": "The fact in plain words, shown in reports.",
            "type": "string",
            "examples": ["The talks lasted more than five hours."]
        },
        "about": string_or_list(
            "Words that must all occur in the evidence sentence (case, typographic quotes and plain inflection aside). Where a sentence holds several values, the one nearest these words in the same clause is the evidence.",
            json!(["talks", "lasted"])
        ),
        "in": {
            "description": "Where the evidence must lie: `headline`, `standfirst`, `dateline`, `body`, or a section heading of the article.",
            "type": "string",
            "minLength": 1,
            "examples": ["body", "headline", "Summit agenda"]
        },
        "required": {
            "description": "Whether the claim fails when no evidence is found (default: the file's `required`, else true).",
            "type": "boolean"
        },
        "tolerance": {
            "description": "How far an approximate value may stray: a percentage, a number in the value's unit, or a duration (default 10% for numbers, percents, money and durations; 15 minutes for times).",
            "type": ["string", "number"],
            "examples": ["5%", 0.5, "10 minutes"]
        },
        "note": {
            "description": "A note for reviewers; never evaluated.",
            "type": "string"
        },
        "quote": {
            "description": "Expectation: the article quotes these words (attributed to `speaker` when given).",
            "type": "string",
            "minLength": 1,
            "examples": ["shows great interest in rocket technology"]
        },
        "speaker": string_or_list(
            "Who said the `quote`: a name, or a list of aliases any of which may be the attributed speaker.",
            json!(["Vladimir Putin", "Putin"])
        ),
        "mentions": string_or_list(
            "Expectation: every phrase occurs in the article (in the evidence sentences when `about` or `in` is given).",
            json!("Vostochny Spaceport")
        ),
        "absent": string_or_list(
            "Expectation: no phrase occurs; an occurrence is the evidence that refutes the claim.",
            json!("military launch")
        ),
        "number": value_key(
            "Expectation: a number, or a phrase with a qualifier (`> 5`, `about 70`, `5 to 7`, `a couple of`).",
            json!(["number", "string"]),
            json!([33, "about 70", "> 5", "5 to 7"])
        ),
        "ordinal": value_key(
            "Expectation: an ordinal as an integer (70 for `70th`, 1 for `first`).",
            json!(["integer", "string"]),
            json!([70, "first"])
        ),
        "percent": value_key(
            "Expectation: a percentage, as a number or a phrase (a `%` sign is allowed).",
            json!(["number", "string"]),
            json!([76, "about 6", "more than 5%"])
        ),
        "money": value_key(
            "Expectation: an amount with its currency, as an article writes it.",
            json!("string"),
            json!(["$1.13bn", "about £600m", "more than 300 million euros"])
        ),
        "duration": value_key(
            "Expectation: a length of time in words or ISO 8601.",
            json!("string"),
            json!(["more than 5 hours", "half an hour", "PT5H"])
        ),
        "date": {
            "description": "Expectation: a date at its precision: a TOML date, a year, a month, an ISO string or words; `1950-1953` is a range of years, `2019-Q3` a calendar quarter, `P3M/2024-03-31` the three months ending on that day (a fiscal quarter).",
            "anyOf": [
                {"type": "string", "minLength": 1},
                {"type": "integer"},
                {"type": "string", "format": "date"}
            ],
            "examples": ["2016-04-28", "April 2019", "2012", "2019-04", "2019-Q3", "P3M/2024-03-31"]
        },
        "time": {
            "description": "Expectation: a time of day: a TOML local time, `07:09`, or words with a zone (`7:09 a.m. Moscow time`).",
            "anyOf": [
                {"type": "string", "minLength": 1},
                {"type": "string", "format": "partial-time"}
            ],
            "examples": ["07:09", "7:09 a.m. Moscow time"]
        },
        "items": {
            "description": "Expectation: the enumeration in the evidence has these items (see `match`).",
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "minItems": 1,
            "examples": [["Lomonosov", "Aist-2D", "SamSat-218"]]
        },
        "match": {
            "description": "How `items` must match: `exact` (default) the same items, `all` at least these, `any` at least one of them.",
            "type": "string",
            "enum": ["exact", "all", "any"],
            "default": "exact"
        }
    });
    let one_expectation: Vec<Value> = EXPECTATION_KEYS
        .iter()
        .map(|key| json!({"required": [key]}))
        .collect();
    let claim = json!({
        "description": "One claim: an `id`, optional `says`, `about`, `in`, `required`, `tolerance`, `note`, and exactly one expectation key.",
        "type": "object",
        "properties": claim_properties,
        "required": ["id"],
        "additionalProperties": false,
        "oneOf": one_expectation,
        "dependencies": {
            "speaker": ["quote"],
            "match": ["items"]
        }
    });
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://factcheck.invalid/claims.schema.json",
        "title": "factcheck claims file",
        "description": "The facts an article must state. See README.md, \"Writing claims\".",
        "type": "object",
        "properties": {
            "article": {
                "description": "The article's path, relative to this file; it must lie inside the repository.",
                "type": "string",
                "minLength": 1,
                "examples": ["article.txt"]
            },
            "published": {
                "description": "The reference date for relative dates (`Wednesday`, `this past July`); a TOML date.",
                "type": "string",
                "format": "date",
                "examples": ["2023-09-13"]
            },
            "zone": {
                "description": "The default IANA time zone for times that name none.",
                "type": "string",
                "examples": ["Europe/Moscow", "UTC"]
            },
            "required": {
                "description": "The default `required` of every claim (default true: a claim without evidence fails).",
                "type": "boolean",
                "default": true
            },
            "claim": {
                "description": "The claims, one `[[claim]]` table each.",
                "type": "array",
                "items": {"$ref": "#/definitions/claim"}
            }
        },
        "required": ["article"],
        "additionalProperties": false,
        "definitions": {"claim": claim}
    })
}

/// The schema as `factcheck schema` prints it and `claims/claims.schema.json` holds it.
pub fn to_string() -> String {
    // OK because a `serde_json::Value` always serializes.
    let mut out = serde_json::to_string_pretty(&schema()).expect("a JSON value serializes");
    out.push('\n');
    out
}

/// Keys the schema lists for the file and for a claim, for tests.
#[cfg(test)]
fn keys(schema: &Value) -> (Vec<String>, Vec<String>) {
    let names = |v: &Value| -> Vec<String> {
        v.as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    };
    (
        names(&schema["properties"]),
        names(&schema["definitions"]["claim"]["properties"]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(keys: &[&str]) -> Vec<String> {
        let mut out: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        out.sort();
        out
    }

    #[test]
    fn the_schema_has_exactly_the_loaders_keys() {
        let (file, claim) = keys(&schema());
        let (mut file, mut claim) = (file, claim);
        file.sort();
        claim.sort();
        assert_eq!(file, sorted(FILE_KEYS));
        assert_eq!(claim, sorted(CLAIM_KEYS));
    }

    #[test]
    fn every_expectation_is_one_branch_of_one_of() {
        let s = schema();
        let branches = s["definitions"]["claim"]["oneOf"].as_array().unwrap().len();
        assert_eq!(branches, EXPECTATION_KEYS.len());
    }
}
