//! `parley export --format parquet`: the GDELT-style columns of stored
//! events, typed, in a Parquet file (Snappy-compressed row groups).

use std::io::Write;
use std::sync::Arc;

use arrow_array::builder::{Float64Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use parley_store::StoredEvent;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::store_cmd::{gdelt_row, GDELT_COLUMNS};

/// Rows per record batch (and row group, at most).
const BATCH_ROWS: usize = 8192;

/// The type of a column of [`GDELT_COLUMNS`].
fn column_type(name: &str) -> DataType {
    match name {
        "GlobalEventID"
        | "Day"
        | "MonthYear"
        | "Year"
        | "QuadClass"
        | "NumSources"
        | "NumArticles"
        | "ActionGeo_Type"
        | "ActionGeo_FeatureID" => DataType::Int64,
        "FractionDate" | "GoldsteinScale" | "ActionGeo_Lat" | "ActionGeo_Long" | "confidence" => {
            DataType::Float64
        }
        _ => DataType::Utf8,
    }
}

/// The schema of the export: every column nullable.
pub(crate) fn schema() -> Schema {
    Schema::new(
        GDELT_COLUMNS
            .iter()
            .map(|c| Field::new(*c, column_type(c), true))
            .collect::<Vec<_>>(),
    )
}

/// Writes stored events to a Parquet file.
pub(crate) struct ParquetEvents<W: Write + Send> {
    writer: ArrowWriter<W>,
    schema: Arc<Schema>,
    rows: Vec<Vec<String>>,
}

fn io(e: impl std::error::Error + Send + Sync + 'static) -> std::io::Error {
    std::io::Error::other(e)
}

impl<W: Write + Send> ParquetEvents<W> {
    pub(crate) fn new(out: W) -> std::io::Result<ParquetEvents<W>> {
        let schema = Arc::new(schema());
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by("parley".to_string())
            .build();
        let writer = ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(io)?;
        Ok(ParquetEvents {
            writer,
            schema,
            rows: Vec::new(),
        })
    }

    pub(crate) fn write(&mut self, e: &StoredEvent) -> std::io::Result<()> {
        self.rows.push(gdelt_row(e)?);
        if self.rows.len() >= BATCH_ROWS {
            self.flush_rows()?;
        }
        Ok(())
    }

    fn flush_rows(&mut self) -> std::io::Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let mut columns: Vec<ArrayRef> = Vec::with_capacity(GDELT_COLUMNS.len());
        for (k, field) in self.schema.fields().iter().enumerate() {
            let cells = self.rows.iter().map(|r| r[k].as_str());
            let array: ArrayRef = match field.data_type() {
                DataType::Int64 => {
                    let mut b = Int64Builder::with_capacity(self.rows.len());
                    for c in cells {
                        b.append_option(c.parse::<i64>().ok());
                    }
                    Arc::new(b.finish())
                }
                DataType::Float64 => {
                    let mut b = Float64Builder::with_capacity(self.rows.len());
                    for c in cells {
                        b.append_option(c.parse::<f64>().ok());
                    }
                    Arc::new(b.finish())
                }
                _ => {
                    let mut b = StringBuilder::new();
                    for c in cells {
                        b.append_option((!c.is_empty()).then_some(c));
                    }
                    Arc::new(b.finish())
                }
            };
            columns.push(array);
        }
        let batch = RecordBatch::try_new(self.schema.clone(), columns).map_err(io)?;
        self.writer.write(&batch).map_err(io)?;
        self.rows.clear();
        Ok(())
    }

    /// Writes the last rows and the file's footer.
    pub(crate) fn finish(mut self) -> std::io::Result<()> {
        self.flush_rows()?;
        self.writer.close().map_err(io)?;
        Ok(())
    }
}
