package dev.cairn.core.read;

import dev.cairn.api.ApiException;
import dev.cairn.core.expression.ConditionExpression;
import dev.cairn.core.expression.DocumentPath;
import dev.cairn.core.expression.ProjectionExpression;
import dev.cairn.core.table.IndexMetadata;
import dev.cairn.core.table.TableMetadata;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * DynamoDB's rules for reading an index. A global index is eventually consistent, readable only
 * once ACTIVE, and answers only with what it projects. A local index lives with its items, so a
 * read may ask for anything: attributes it does not project are fetched from the base item.
 */
final class IndexReadRules {

    private IndexReadRules() {}

    /** Checks a read of the target; true when a local index's entries must be completed from their items. */
    static boolean check(ReadTarget target, String select, Boolean consistentRead, ProjectionExpression projection,
            ConditionExpression filter) {
        IndexMetadata index = target.index();
        if (index == null) {
            return false;
        }
        TableMetadata table = target.table();
        if (index.isGlobal()) {
            if (Boolean.TRUE.equals(consistentRead)) {
                throw ApiException.validation("Consistent reads are not supported on global secondary indexes");
            }
            if (!IndexMetadata.ACTIVE.equals(index.status())) {
                throw ApiException.validation("Cannot read from backfilling global secondary index");
            }
        }
        if (index.projectsAll()) {
            return false;
        }
        if ("ALL_ATTRIBUTES".equals(select)) {
            if (index.isGlobal()) {
                throw ApiException.validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES "
                        + "is not supported for global secondary index " + index.name()
                        + " because its projection type is not ALL");
            }
            return true;
        }
        Set<String> unprojected = new LinkedHashSet<>();
        if (projection != null) {
            unprojected.addAll(unprojected(table, index, projection.paths()));
        }
        if (index.isGlobal()) {
            if (!unprojected.isEmpty()) {
                throw ApiException.validation("One or more parameter values were invalid: Global secondary index "
                        + index.name() + " does not project " + unprojected);
            }
            return false;
        }
        if (filter != null) {
            unprojected.addAll(unprojected(table, index, filter.paths()));
        }
        return !unprojected.isEmpty();
    }

    private static Set<String> unprojected(TableMetadata table, IndexMetadata index, List<DocumentPath> paths) {
        Set<String> names = new LinkedHashSet<>();
        for (DocumentPath path : paths) {
            if (!index.projects(table, path.attributeName())) {
                names.add(path.attributeName());
            }
        }
        return names;
    }
}
