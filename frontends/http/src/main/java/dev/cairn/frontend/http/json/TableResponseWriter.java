package dev.cairn.frontend.http.json;

import dev.cairn.api.model.CreateTableResponse;
import dev.cairn.api.model.DeleteTableResponse;
import dev.cairn.api.model.DescribeTableResponse;
import dev.cairn.api.model.ListTablesResponse;
import dev.cairn.api.model.UpdateTableResponse;
import java.util.List;

/** Writes the control-plane responses. DescribeTable names its member {@code Table}, the others {@code TableDescription}. */
public final class TableResponseWriter {

    private TableResponseWriter() {}

    public static void createTable(JsonOut out, CreateTableResponse r) {
        out.object("TableDescription", r.tableDescription(), TableDescriptionWriter::tableDescription);
    }

    public static void describeTable(JsonOut out, DescribeTableResponse r) {
        out.object("Table", r.table(), TableDescriptionWriter::tableDescription);
    }

    public static void deleteTable(JsonOut out, DeleteTableResponse r) {
        out.object("TableDescription", r.tableDescription(), TableDescriptionWriter::tableDescription);
    }

    public static void updateTable(JsonOut out, UpdateTableResponse r) {
        out.object("TableDescription", r.tableDescription(), TableDescriptionWriter::tableDescription);
    }

    /** TableNames is always present, as {@code []} when there are none. */
    public static void listTables(JsonOut out, ListTablesResponse r) {
        out.list("TableNames", r.tableNames() == null ? List.of() : r.tableNames(), JsonOut::string);
        out.string("LastEvaluatedTableName", r.lastEvaluatedTableName());
    }
}
