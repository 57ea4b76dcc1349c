using System.Text.Encodings.Web;
using System.Text.Json;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;

namespace Extraction.Outputs;

/// <summary>
/// Writes the tables of a document as grids, one per page a table is printed on:
/// <c>{"source": …, "tables": [{"page", "table_id", "title", "box", "cells": [{"row", "col", "rowSpan", "colSpan", "text"}]}]}</c>,
/// the table-structure format that table-recognition benchmarks (ICDAR 2013's adjacency-relation metric) score; <c>box</c>
/// is <c>[x0, y0, x1, y1]</c> in points from the page's top-left corner.
/// </summary>
public static class PrintedTableWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static void Write(DocumentExtraction extraction, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("source", extraction.SourceFile);
        json.WriteStartArray("tables");
        foreach (var grid in extraction.Tables.SelectMany(PrintedTable.Of))
        {
            json.WriteStartObject();
            json.WriteNumber("page", grid.Page);
            json.WriteString("table_id", grid.TableId);
            json.WriteString("title", grid.Title);
            json.WriteStartArray("box");
            foreach (var coordinate in new[] { grid.Box.X0, grid.Box.Y0, grid.Box.X1, grid.Box.Y1 })
            {
                json.WriteNumberValue(Math.Round(coordinate, 2));
            }

            json.WriteEndArray();
            json.WriteStartArray("cells");
            foreach (var cell in grid.Cells)
            {
                json.WriteStartObject();
                json.WriteNumber("row", cell.Row);
                json.WriteNumber("col", cell.Column);
                json.WriteNumber("rowSpan", cell.RowSpan);
                json.WriteNumber("colSpan", cell.ColumnSpan);
                json.WriteString("text", cell.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
