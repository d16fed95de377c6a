package org.protego.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The directory as HSDS 3.0's read API gives it: services, organisations, taxonomies and terms, one page at a time in
 * HSDS's {@code Page} object. Who may read is the deployment's choice ({@code protego.directory.hsds-read-access}),
 * enforced for the API's paths; directory data is public and holds nothing about children.
 */
@Service
class HsdsCatalogue {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;

    /** Which page, counted from 1, and how many items a page holds. */
    record Paging(int page, int perPage) {

        static Paging of(Integer page, Integer perPage) {
            int number = page == null ? 1 : page;
            int size = perPage == null ? DEFAULT_PER_PAGE : perPage;
            List<FieldProblem> problems = new ArrayList<>();
            if (number < 1) {
                problems.add(new FieldProblem("page", DirectoryError.HSDS_PARAMETER_INVALID, "page", "1-"));
            }
            if (size < 1 || size > MAX_PER_PAGE) {
                problems.add(new FieldProblem(
                        "per_page", DirectoryError.HSDS_PARAMETER_INVALID, "per_page", "1-" + MAX_PER_PAGE));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            return new Paging(number, size);
        }

        long offset() {
            return (long) (page - 1) * perPage;
        }
    }

    /** What {@code GET /services} filters on; every criterion given must hold. */
    record ServiceFilter(String search, UUID taxonomyTermId, UUID taxonomyId, UUID organizationId) {}

    private static final String ANY_ATTRIBUTE_WITH_TERM =
            "jsonb_path_exists(s.document, '$.** ? (@.taxonomy_term_id == $id || @.taxonomy_term.id == $id)',"
                    + " jsonb_build_object('id', cast(:term as text)))";
    private static final String ANY_ATTRIBUTE_OF_TAXONOMY = "jsonb_path_exists(s.document,"
            + " '$.** ? (@.taxonomy_term.taxonomy_id == $id || @.taxonomy_term.taxonomy_detail.id == $id)',"
            + " jsonb_build_object('id', cast(:taxonomy as text)))";

    private final JdbcClient jdbc;

    HsdsCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    ObjectNode service(UUID id) {
        return jdbc.sql("""
                        select s.document, o.document
                        from directory_service s join directory_organisation o on o.id = s.directory_organisation_id
                        where s.id = :id""")
                .param("id", id)
                .query((rs, row) -> fullService(rs.getString(1), rs.getString(2)))
                .optional()
                .orElseThrow(() -> new NotFoundException(DirectoryError.SERVICE_NOT_FOUND, id));
    }

    /** A page of services: with one-to-one members only, or fully nested when {@code full}. */
    @Transactional(readOnly = true)
    ObjectNode services(ServiceFilter filter, Paging paging, boolean full) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.search() != null && !filter.search().isBlank()) {
            where.append(" and (s.name ilike :pattern escape '\\' or s.document ->> 'alternate_name' ilike :pattern"
                    + " escape '\\' or s.document ->> 'description' ilike :pattern escape '\\')");
            parameters.put("pattern", "%" + likeEscaped(filter.search().strip()) + "%");
        }
        if (filter.taxonomyTermId() != null) {
            where.append(" and ").append(ANY_ATTRIBUTE_WITH_TERM);
            parameters.put("term", filter.taxonomyTermId().toString());
        }
        if (filter.taxonomyId() != null) {
            where.append(" and ").append(ANY_ATTRIBUTE_OF_TAXONOMY);
            parameters.put("taxonomy", filter.taxonomyId().toString());
        }
        if (filter.organizationId() != null) {
            where.append(" and s.directory_organisation_id = :organization");
            parameters.put("organization", filter.organizationId());
        }
        String from = " from directory_service s join directory_organisation o on o.id = s.directory_organisation_id";
        long total = jdbc.sql("select count(*)" + from + where)
                .params(parameters)
                .query(Long.class)
                .single();
        parameters.put("limit", paging.perPage());
        parameters.put("offset", paging.offset());
        List<ObjectNode> contents = jdbc.sql("select s.document, o.document" + from + where
                        + " order by s.name, s.id limit :limit offset :offset")
                .params(parameters)
                .query((rs, row) -> {
                    ObjectNode service = fullService(rs.getString(1), rs.getString(2));
                    return full ? service : oneToOne(service);
                })
                .list();
        return page(total, paging, contents);
    }

    @Transactional(readOnly = true)
    ObjectNode organizations(String search, Paging paging) {
        String where = search == null || search.isBlank() ? "" : " where name ilike :pattern escape '\\'";
        Map<String, Object> parameters = new HashMap<>();
        if (!where.isEmpty()) {
            parameters.put("pattern", "%" + likeEscaped(search.strip()) + "%");
        }
        long total = jdbc.sql("select count(*) from directory_organisation" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        parameters.put("limit", paging.perPage());
        parameters.put("offset", paging.offset());
        List<ObjectNode> contents = jdbc.sql("select document from directory_organisation" + where
                        + " order by name, id limit :limit offset :offset")
                .params(parameters)
                .query((rs, row) -> oneToOne(HsdsJson.tree(HsdsJson.organization(rs.getString(1)))))
                .list();
        return page(total, paging, contents);
    }

    /** The organisation fully nested, with its services: one-to-one members only, or fully nested when asked. */
    @Transactional(readOnly = true)
    ObjectNode organization(UUID id, boolean fullServices) {
        String document = jdbc.sql("select document from directory_organisation where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(DirectoryError.ORGANIZATION_NOT_FOUND, id));
        ObjectNode organization = HsdsJson.tree(HsdsJson.organization(document));
        ArrayNode services = organization.putArray("services");
        jdbc.sql("select document from directory_service where directory_organisation_id = :id order by name, id")
                .param("id", id)
                .query((rs, row) -> HsdsJson.tree(HsdsJson.service(rs.getString(1))))
                .list()
                .forEach(service -> services.add(fullServices ? service : oneToOne(service)));
        return organization;
    }

    @Transactional(readOnly = true)
    ObjectNode taxonomies(Paging paging) {
        long total = jdbc.sql("select count(*) from directory_taxonomy")
                .query(Long.class)
                .single();
        List<ObjectNode> contents = jdbc.sql(
                        "select id, name, description from directory_taxonomy order by name limit :limit offset :offset")
                .param("limit", paging.perPage())
                .param("offset", paging.offset())
                .query((rs, row) -> {
                    ObjectNode taxonomy = JsonNodeFactory.instance.objectNode();
                    taxonomy.put("id", rs.getString(1));
                    taxonomy.put("name", rs.getString(2));
                    taxonomy.put("description", rs.getString(3));
                    return taxonomy;
                })
                .list();
        return page(total, paging, contents);
    }

    @Transactional(readOnly = true)
    ObjectNode taxonomyTerms(UUID taxonomyId, Paging paging) {
        String where = taxonomyId == null ? "" : " where t.taxonomy_id = :taxonomy";
        Map<String, Object> parameters = new HashMap<>();
        if (taxonomyId != null) {
            parameters.put("taxonomy", taxonomyId);
        }
        long total = jdbc.sql("select count(*) from directory_taxonomy_term t" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        parameters.put("limit", paging.perPage());
        parameters.put("offset", paging.offset());
        List<ObjectNode> contents = jdbc.sql("""
                        select t.id, t.code, t.name, t.description, t.parent_id, t.taxonomy, t.taxonomy_id,
                               x.name, x.description
                        from directory_taxonomy_term t join directory_taxonomy x on x.id = t.taxonomy_id""" + where + " order by t.taxonomy, t.id limit :limit offset :offset")
                .params(parameters)
                .query((rs, row) -> {
                    ObjectNode term = JsonNodeFactory.instance.objectNode();
                    term.put("id", rs.getString(1));
                    term.put("code", rs.getString(2));
                    term.put("name", rs.getString(3));
                    term.put("description", rs.getString(4));
                    if (rs.getString(5) != null) {
                        term.put("parent_id", rs.getString(5));
                    }
                    term.put("taxonomy", rs.getString(6));
                    term.put("taxonomy_id", rs.getString(7));
                    ObjectNode detail = term.putObject("taxonomy_detail");
                    detail.put("id", rs.getString(7));
                    detail.put("name", rs.getString(8));
                    detail.put("description", rs.getString(9));
                    return term;
                })
                .list();
        return page(total, paging, contents);
    }

    private static ObjectNode fullService(String service, String organization) {
        return HsdsJson.tree(HsdsJson.service(service).withOrganization(HsdsJson.organization(organization)));
    }

    /** The object's one-to-one members: those that are neither lists nor nested objects, as HSDS's lists give them. */
    static ObjectNode oneToOne(ObjectNode object) {
        ObjectNode flat = JsonNodeFactory.instance.objectNode();
        object.properties().forEach(member -> {
            if (!member.getValue().isContainer()) {
                flat.set(member.getKey(), member.getValue());
            }
        });
        return flat;
    }

    /** HSDS's {@code Page}: page numbers from 1, {@code size} the number of items on this page. */
    static ObjectNode page(long total, Paging paging, List<? extends JsonNode> contents) {
        int pages = (int) Math.max(1, (total + paging.perPage() - 1) / paging.perPage());
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        page.put("total_items", total);
        page.put("total_pages", pages);
        page.put("page_number", paging.page());
        page.put("size", contents.size());
        page.put("first_page", paging.page() == 1);
        page.put("last_page", paging.page() >= pages);
        page.put("empty", contents.isEmpty());
        page.putArray("contents").addAll(contents);
        return page;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
