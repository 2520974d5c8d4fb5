package io.taisei.asset.sbom.internal;

import io.taisei.asset.sbom.SbomComponentSummary;
import io.taisei.asset.sbom.SbomFormat;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.license.Expression;
import org.cyclonedx.model.metadata.ToolInformation;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Between cyclonedx-core-java's model and Taisei's: reading an uploaded BOM, and writing a system's current one. */
public final class CycloneDxModel {

    /** A licence expression joins licences with an operator; a single SPDX id (or LicenseRef) has no blanks. */
    private static final Pattern EXPRESSION = Pattern.compile(".*\\s(AND|OR|WITH)\\s.*|^\\(.*\\)$");
    private static final Pattern LICENCE_ID = Pattern.compile("[A-Za-z0-9.+\\-]+");

    private CycloneDxModel() {
    }

    // --- reading --------------------------------------------------------------------------------------------------

    static ParsedSbom toParsed(Bom bom, SbomFormat format, String specVersion) {
        List<ParsedSbom.Component> components = new ArrayList<>();
        flatten(bom.getComponents(), components);
        Set<ParsedSbom.Edge> edges = new LinkedHashSet<>();
        if (bom.getDependencies() != null) {
            for (Dependency dependency : bom.getDependencies()) {
                collectEdges(dependency, edges);
            }
        }
        Metadata metadata = bom.getMetadata();
        Component subject = metadata == null ? null : metadata.getComponent();
        return new ParsedSbom(format, specVersion, Texts.clean(bom.getSerialNumber()),
                subject == null ? null : Texts.clean(subject.getName()),
                subject == null ? null : Texts.clean(subject.getVersion()), components, List.copyOf(edges));
    }

    private static void flatten(List<Component> from, List<ParsedSbom.Component> into) {
        if (from == null) {
            return;
        }
        for (Component c : from) {
            into.add(component(c, into.size() + 1));
            flatten(c.getComponents(), into);
        }
    }

    private static ParsedSbom.Component component(Component c, int position) {
        String name = Texts.clean(c.getName());
        if (name == null) {
            throw new SbomFileRefused("sbom.file.componentWithoutName", position);
        }
        return new ParsedSbom.Component(Texts.clean(c.getBomRef()),
                c.getType() == null ? null : c.getType().getTypeName(), Texts.clean(c.getGroup()), name,
                Texts.clean(c.getVersion()), Texts.clean(c.getPurl()), Texts.clean(c.getCpe()), supplier(c),
                licences(c.getLicenses()), hashes(c.getHashes()));
    }

    private static String supplier(Component c) {
        if (c.getSupplier() != null && Texts.clean(c.getSupplier().getName()) != null) {
            return Texts.clean(c.getSupplier().getName());
        }
        if (c.getManufacturer() != null && Texts.clean(c.getManufacturer().getName()) != null) {
            return Texts.clean(c.getManufacturer().getName());
        }
        return Texts.clean(c.getPublisher());
    }

    private static List<String> licences(LicenseChoice choice) {
        if (choice == null) {
            return List.of();
        }
        List<String> licences = new ArrayList<>();
        if (choice.getExpression() != null && Texts.clean(choice.getExpression().getValue()) != null) {
            licences.add(Texts.clean(choice.getExpression().getValue()));
        }
        if (choice.getLicenses() != null) {
            for (License licence : choice.getLicenses()) {
                String text = Texts.clean(licence.getId()) != null ? Texts.clean(licence.getId()) : Texts.clean(licence.getName());
                if (text != null) {
                    licences.add(text);
                }
            }
        }
        return licences;
    }

    private static List<String> hashes(List<Hash> hashes) {
        if (hashes == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Hash hash : hashes) {
            if (Texts.clean(hash.getAlgorithm()) != null && Texts.clean(hash.getValue()) != null) {
                texts.add(Texts.clean(hash.getAlgorithm()) + ":" + Texts.clean(hash.getValue()));
            }
        }
        return texts;
    }

    private static void collectEdges(Dependency dependency, Set<ParsedSbom.Edge> edges) {
        String from = Texts.clean(dependency.getRef());
        if (from == null || dependency.getDependencies() == null) {
            return;
        }
        for (Dependency to : dependency.getDependencies()) {
            if (Texts.clean(to.getRef()) != null) {
                edges.add(new ParsedSbom.Edge(from, Texts.clean(to.getRef())));
            }
        }
    }

    // --- writing --------------------------------------------------------------------------------------------------

    /** A CycloneDX 1.6 JSON document of the given components and edges, named after the system. */
    public static String toJson(String subjectName, String subjectVersion, List<SbomComponentSummary> components,
                         List<ParsedSbom.Edge> edges, Date timestamp) {
        Bom bom = new Bom();
        bom.setSerialNumber("urn:uuid:" + UUID.randomUUID());
        bom.setVersion(1);
        Metadata metadata = new Metadata();
        metadata.setTimestamp(timestamp);
        ToolInformation tools = new ToolInformation();
        Component tool = new Component();
        tool.setType(Component.Type.APPLICATION);
        tool.setName("Taisei");
        tools.setComponents(List.of(tool));
        metadata.setToolChoice(tools);
        Component subject = new Component();
        subject.setType(Component.Type.APPLICATION);
        subject.setName(subjectName);
        subject.setVersion(subjectVersion);
        metadata.setComponent(subject);
        bom.setMetadata(metadata);

        List<Component> list = new ArrayList<>(components.size());
        for (SbomComponentSummary c : components) {
            list.add(component(c));
        }
        bom.setComponents(list);
        Map<String, Dependency> graph = new LinkedHashMap<>();
        for (ParsedSbom.Edge edge : edges) {
            graph.computeIfAbsent(edge.from(), Dependency::new).addDependency(new Dependency(edge.to()));
        }
        bom.setDependencies(new ArrayList<>(graph.values()));
        try {
            return BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString();
        } catch (GeneratorException e) {
            throw new IllegalStateException("CycloneDX generation failed", e);
        }
    }

    private static Component component(SbomComponentSummary c) {
        Component component = new Component();
        component.setType(type(c.type()));
        component.setBomRef(c.bomRef());
        component.setGroup(c.group());
        component.setName(c.name());
        component.setVersion(c.version());
        component.setPurl(c.purl());
        component.setCpe(c.cpe());
        if (c.supplier() != null) {
            OrganizationalEntity supplier = new OrganizationalEntity();
            supplier.setName(c.supplier());
            component.setSupplier(supplier);
        }
        if (!c.licences().isEmpty()) {
            component.setLicenses(licenceChoice(c.licences()));
        }
        if (!c.hashes().isEmpty()) {
            List<Hash> hashes = new ArrayList<>();
            for (String hash : c.hashes()) {
                int colon = hash.indexOf(':');
                hashes.add(new Hash(hash.substring(0, colon), hash.substring(colon + 1)));
            }
            component.setHashes(hashes);
        }
        return component;
    }

    /** CycloneDX allows one expression or a list of licences: an expression wins when there is one. */
    private static LicenseChoice licenceChoice(List<String> licences) {
        LicenseChoice choice = new LicenseChoice();
        List<String> expressions = licences.stream().filter(l -> EXPRESSION.matcher(l).matches()).toList();
        if (licences.size() == 1 && expressions.size() == 1) {
            choice.setExpression(new Expression(expressions.get(0)));
            return choice;
        }
        if (!expressions.isEmpty()) {
            // several entries including an expression: one expression keeps them all
            choice.setExpression(new Expression(String.join(" AND ", licences.stream()
                    .map(l -> EXPRESSION.matcher(l).matches() && !l.startsWith("(") ? "(" + l + ")" : l).toList())));
            return choice;
        }
        List<License> list = new ArrayList<>();
        for (String text : licences) {
            License licence = new License();
            if (LICENCE_ID.matcher(text).matches()) {
                licence.setId(text);
            } else {
                licence.setName(text);
            }
            list.add(licence);
        }
        choice.setLicenses(list);
        return choice;
    }

    private static Component.Type type(String type) {
        if (type != null) {
            String wanted = type.toLowerCase(Locale.ROOT).replace('_', '-');
            for (Component.Type candidate : Component.Type.values()) {
                if (candidate.getTypeName().equals(wanted)) {
                    return candidate;
                }
            }
        }
        return Component.Type.LIBRARY;
    }
}
