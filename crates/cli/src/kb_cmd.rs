//! `parley kb`: import PETRARCH/TABARI actor dictionaries into knowledge-base
//! files, and look a name up.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use parley_kb::petrarch::{kb_rows, read_actors};
use parley_kb::{EntryKind, ImportedFile, ImportedKind, KbSources, KnowledgeBase};

/// `parley kb …`
#[derive(Debug, Args)]
pub struct KbArgs {
    #[command(subcommand)]
    command: KbCommand,
}

#[derive(Debug, Subcommand)]
enum KbCommand {
    /// Compile PETRARCH/TABARI actor dictionaries (`.actors` files: names joined by `_`, `+`
    /// other names, `[CODE]` or `[CODE YYMMDD-YYMMDD]` codes) into knowledge-base files:
    /// OUT/NAME-people.tsv (actors with dated codes: one office term per code),
    /// OUT/NAME-organizations.tsv (actors with undated codes) and, from agent dictionaries,
    /// OUT/NAME-roles.tsv (sector nouns). A line that cannot be read is
    /// reported with file:line and skipped. Country entries (three-letter codes) are left to
    /// parley's own countries.tsv. Use the files with `parley code --kb OUT` and
    /// `parley kb lookup --kb OUT`; names parley's own files know keep parley's entry.
    Import {
        /// Actor dictionaries to read.
        #[arg(long = "petrarch", num_args = 1.., required_unless_present = "agents")]
        files: Vec<PathBuf>,
        /// Agent dictionaries to read (`FARMER [~AGR]`: generic words coded by sector), written
        /// to OUT/NAME-roles.tsv.
        #[arg(long, num_args = 1..)]
        agents: Vec<PathBuf>,
        /// Folder to write the two files to.
        #[arg(long, default_value = ".")]
        out: PathBuf,
        /// Name the files start with.
        #[arg(long, default_value = "imported")]
        name: String,
        /// Text of the files' header (provenance and licence), one line per use.
        #[arg(long)]
        header: Vec<String>,
    },
    /// Show what a name resolves to in the knowledge base, and why.
    Lookup {
        /// The name as written in a text ("Atal Bihari Vajpayee", "NATO").
        name: String,
        /// The document's date (YYYY-MM-DD): which office term holds then.
        #[arg(long)]
        date: Option<String>,
        /// Folders of imported files (from `parley kb import`) to add.
        #[arg(long)]
        kb: Vec<PathBuf>,
    },
}

/// Runs `parley kb`.
pub fn run(args: KbArgs) -> Result<ExitCode> {
    match args.command {
        KbCommand::Import {
            files,
            agents,
            out,
            name,
            header,
        } => import(&files, &agents, &out, &name, &header),
        KbCommand::Lookup { name, date, kb } => lookup(&name, date.as_deref(), &kb),
    }
}

fn import(
    files: &[PathBuf],
    agent_files: &[PathBuf],
    out: &PathBuf,
    name: &str,
    header: &[String],
) -> Result<ExitCode> {
    let kb = KnowledgeBase::embedded();
    let is_state = |r: &str| kb.country(r).is_some();
    let mut people = Vec::new();
    let mut organisations = Vec::new();
    let (mut read, mut errors, mut countries, mut skipped) = (0, 0, 0, 0);
    for path in files {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let label = file_label(path);
        let d = read_actors(&label, &text);
        for e in &d.errors {
            eprintln!("parley: {}:{}: {}", path.display(), e.line, e.message);
        }
        let rows = kb_rows(&label, &d.actors, is_state);
        for e in &rows.skipped {
            eprintln!(
                "parley: skipped {}:{}: {}",
                path.display(),
                e.line,
                e.message
            );
        }
        read += d.actors.len();
        errors += d.errors.len();
        countries += rows.countries;
        skipped += rows.skipped.len();
        people.extend(rows.people);
        organisations.extend(rows.organisations);
    }
    let mut roles = Vec::new();
    for path in agent_files {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let label = file_label(path);
        let d = parley_kb::petrarch::read_agents(&label, &text);
        for e in &d.errors {
            eprintln!("parley: {}:{}: {}", path.display(), e.line, e.message);
        }
        read += d.agents.len();
        errors += d.errors.len();
        roles.extend(parley_kb::petrarch::role_rows(&d.agents));
    }
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    let head = |what: &str| {
        let mut h = format!(
            "# parley knowledge base: {what} imported from PETRARCH/TABARI actor dictionaries by\n\
             # `parley kb import` (see crates/kb/data/README.md for the format).\n"
        );
        for line in header {
            h.push_str(&format!("# {line}\n"));
        }
        h
    };
    let write = |file: PathBuf, header: String, rows: &[String]| -> Result<()> {
        let mut f = std::io::BufWriter::new(
            std::fs::File::create(&file)
                .with_context(|| format!("cannot write {}", file.display()))?,
        );
        f.write_all(header.as_bytes())?;
        for r in rows {
            writeln!(f, "{r}")?;
        }
        f.flush()?;
        Ok(())
    };
    let people_file = out.join(format!("{name}-people.tsv"));
    let org_file = out.join(format!("{name}-organizations.tsv"));
    write(
        people_file.clone(),
        head("office terms of people (people.tsv columns)"),
        &people,
    )?;
    write(
        org_file.clone(),
        head("organisations (organizations.tsv columns)"),
        &organisations,
    )?;
    let roles_file = out.join(format!("{name}-roles.tsv"));
    if !agent_files.is_empty() {
        write(
            roles_file.clone(),
            head("sector nouns (roles.tsv columns)"),
            &roles,
        )?;
    }
    // The files must compile.
    let p = std::fs::read_to_string(&people_file)?;
    let o = std::fs::read_to_string(&org_file)?;
    let r = std::fs::read_to_string(&roles_file).unwrap_or_default();
    let mut written = vec![(&people_file, &p), (&org_file, &o)];
    if !agent_files.is_empty() {
        written.push((&roles_file, &r));
    }
    compile_with(&written)?;
    eprintln!(
        "parley: {read} entries read ({errors} lines skipped); {} office terms of people, {} organisations, {} sector nouns; {countries} country entries left to countries.tsv; {skipped} entries without a known state or IGO/NGO/IMG/MNC",
        people.len(),
        organisations.len(),
        roles.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// A dictionary's file name, for errors and the rows' `source` column.
fn file_label(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |f| f.to_string_lossy().into_owned(),
    )
}

/// The embedded knowledge base with imported files added.
fn compile_with(files: &[(&PathBuf, &String)]) -> Result<KnowledgeBase> {
    let names: Vec<String> = files.iter().map(|(p, _)| p.display().to_string()).collect();
    let mut imported: Vec<ImportedFile<'_>> = KbSources::embedded().imported.to_vec();
    for ((path, text), name) in files.iter().zip(&names) {
        // Only files named by `parley kb import` are passed here.
        let kind =
            ImportedKind::of_file(&path.to_string_lossy()).unwrap_or(ImportedKind::Organisations);
        imported.push(ImportedFile { name, kind, text });
    }
    let src = KbSources {
        imported: &imported,
        ..KbSources::embedded()
    };
    KnowledgeBase::compile(src).map_err(|e| anyhow::anyhow!("{e}"))
}

/// The files of the `--kb` folders: `*-people.tsv` and `*-organizations.tsv`.
pub fn kb_folder_files(dirs: &[PathBuf]) -> Result<Vec<(PathBuf, String)>> {
    let mut out = Vec::new();
    for dir in dirs {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| format!("cannot read the folder {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| ImportedKind::of_file(&p.to_string_lossy()).is_some())
            .collect();
        paths.sort();
        if paths.is_empty() {
            bail!(
                "{} holds no *-people.tsv, *-organizations.tsv or *-roles.tsv file (help: write them with `parley kb import`)",
                dir.display()
            );
        }
        for p in paths {
            let text = std::fs::read_to_string(&p)
                .with_context(|| format!("cannot read {}", p.display()))?;
            out.push((p, text));
        }
    }
    Ok(out)
}

/// The knowledge base for `--kb` folders: the embedded one when there are none.
pub fn knowledge_base(dirs: &[PathBuf]) -> Result<&'static KnowledgeBase> {
    if dirs.is_empty() {
        return Ok(KnowledgeBase::embedded());
    }
    let files = kb_folder_files(dirs)?;
    let refs: Vec<(&PathBuf, &String)> = files.iter().map(|(p, t)| (p, t)).collect();
    let kb = compile_with(&refs)?;
    Ok(Box::leak(Box::new(kb)))
}

fn lookup(name: &str, date: Option<&str>, dirs: &[PathBuf]) -> Result<ExitCode> {
    let kb = knowledge_base(dirs)?;
    let words: Vec<String> = parley_text::segment(name)
        .tokens
        .iter()
        .map(|t| t.text(name).to_string())
        .collect();
    let Some(m) = kb.longest_match(&words, 0).filter(|m| m.len == words.len()) else {
        println!("{name:?}: not in the knowledge base");
        return Ok(ExitCode::from(1));
    };
    let mut out = std::io::stdout().lock();
    for e in &m.entries {
        match e.kind {
            EntryKind::Person(i) => {
                let p = kb.person(i);
                let imported = if p.imported { " (imported)" } else { "" };
                writeln!(out, "{name:?}: person {:?}{imported}", p.name)?;
                let term = kb.term_on(i, date);
                for t in kb.terms_of(i) {
                    let applies = term.is_some_and(|c| std::ptr::eq(c, t));
                    writeln!(
                        out,
                        "  {} {}{} {} {}–{}",
                        if applies { "->" } else { "  " },
                        t.country,
                        t.sectors.concat(),
                        t.office,
                        t.from.as_deref().unwrap_or("…"),
                        t.to.as_deref().unwrap_or("…"),
                    )?;
                }
                match (term.is_some(), date) {
                    (false, Some(d)) => writeln!(out, "  no term applies on {d}: a name only")?,
                    (false, None) => writeln!(
                        out,
                        "  no date given and no default term: a name only (help: --date)"
                    )?,
                    (true, Some(d)) => writeln!(out, "  (-> the term that applies on {d})")?,
                    (true, None) => writeln!(out, "  (-> no date given)")?,
                }
            }
            EntryKind::Organisation(i) => {
                let o = kb.organisation(i);
                writeln!(
                    out,
                    "{name:?}: organisation {:?} {} (country {}, sector {})",
                    o.name, o.code, o.country, o.sector
                )?;
            }
            EntryKind::Role(i) => {
                let r = kb.role(i);
                writeln!(
                    out,
                    "{name:?}: role {:?} (sectors {})",
                    r.name,
                    r.sectors.join(" ")
                )?;
            }
            EntryKind::CountryName(_)
            | EntryKind::CountryAdjective(_)
            | EntryKind::Metonym { .. } => {
                let c = kb.country_of(e).map_or("?", |c| c.iso3.as_str());
                let what = match e.kind {
                    EntryKind::CountryName(_) => "country",
                    EntryKind::CountryAdjective(_) => "people or adjective of",
                    _ => "stands for",
                };
                writeln!(out, "{name:?}: {what} {c}")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
