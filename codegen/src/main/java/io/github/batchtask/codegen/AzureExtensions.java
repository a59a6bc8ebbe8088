package io.github.batchtask.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Azure vendor extensions of the official Batch specs, turned into what the stock generator
 * understands before it reads the spec.
 *
 * <ul>
 *   <li>{@code x-ms-enum} on an inline enum: the enum becomes the named schema
 *       {@code x-ms-enum.name}, shared by every property that names it (the official specs
 *       repeat {@code ComputeNodeState} inline), unless a schema of that name with other values
 *       exists, in which case the property stays a string;
 *   <li>{@code x-ms-enum.values}: the {@code name} of each value names its constant and its
 *       {@code description} documents it ({@code x-enum-varnames}, {@code x-enum-descriptions});
 *   <li>{@code title} without {@code description} (the 2017 specs document properties so):
 *       the title documents the property;
 *   <li>{@code readOnly}: the property's description says that the service sets it. Models read
 *       and write it like any other, so that a document read is written back unchanged.
 * </ul>
 * Every enum is open whatever {@code modelAsString} says: the models keep the wire string.
 */
final class AzureExtensions {
  static final String READ_ONLY_NOTE = "Read-only: set by the service.";

  private final Map<String, Schema> schemas;
  private final Map<Schema, Boolean> seen = new IdentityHashMap<>();

  private AzureExtensions(Map<String, Schema> schemas) {
    this.schemas = schemas;
  }

  static void apply(OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openApi.getComponents().getSchemas();
    AzureExtensions extensions = new AzureExtensions(schemas);
    for (Schema schema : new ArrayList<>(schemas.values())) {
      extensions.enumNames(schema);
      extensions.walk(schema);
    }
  }

  @SuppressWarnings("unchecked")
  private void walk(Schema schema) {
    if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
      return;
    }
    Map<String, Schema> properties = schema.getProperties();
    if (properties != null) {
      for (Map.Entry<String, Schema> entry : properties.entrySet()) {
        Schema property = entry.getValue();
        if (property.getDescription() == null && property.getTitle() != null) {
          property.setDescription(property.getTitle());
        }
        if (Boolean.TRUE.equals(property.getReadOnly()) && property.get$ref() == null) {
          String description = property.getDescription();
          if (description == null || !description.contains(READ_ONLY_NOTE)) {
            property.setDescription(description == null || description.isBlank()
                ? READ_ONLY_NOTE : description.strip() + " " + READ_ONLY_NOTE);
          }
        }
        Schema named = namedEnum(property);
        if (named != null) {
          entry.setValue(named);
        } else {
          walk(property);
        }
      }
    }
    Schema items = schema.getItems();
    if (items != null) {
      Schema named = namedEnum(items);
      if (named != null) {
        schema.setItems(named);
      } else {
        walk(items);
      }
    }
    if (schema.getAdditionalProperties() instanceof Schema) {
      Schema values = (Schema) schema.getAdditionalProperties();
      Schema named = namedEnum(values);
      if (named != null) {
        schema.setAdditionalProperties(named);
      } else {
        walk(values);
      }
    }
    for (List<Schema> parts : List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()),
        nonNull(schema.getOneOf()))) {
      for (Schema part : parts) {
        walk(part);
      }
    }
  }

  private static List<Schema> nonNull(List<Schema> list) {
    return list == null ? List.of() : list;
  }

  /**
   * For an inline enum with {@code x-ms-enum.name}: a reference to the schema of that name
   * (made if missing), wrapped in {@code allOf} when the property has its own description;
   * otherwise null.
   */
  @SuppressWarnings("unchecked")
  private Schema namedEnum(Schema property) {
    if (property.getEnum() == null || property.get$ref() != null) {
      return null;
    }
    Object extension = property.getExtensions() == null
        ? null : property.getExtensions().get("x-ms-enum");
    if (!(extension instanceof Map) || !(((Map<?, ?>) extension).get("name") instanceof String)) {
      return null;
    }
    String name = (String) ((Map<?, ?>) extension).get("name");
    Schema existing = schemas.get(name);
    if (existing == null) {
      Schema shared = new Schema<>();
      shared.setType(property.getType());
      shared.setEnum(new ArrayList<>(property.getEnum()));
      shared.addExtension("x-ms-enum", extension);
      enumNames(shared);
      schemas.put(name, shared);
    } else if (!Objects.equals(existing.getEnum(), property.getEnum())) {
      return null;
    }
    Schema reference = new Schema<>().$ref("#/components/schemas/" + name);
    if (property.getDescription() == null) {
      return reference;
    }
    Schema wrapper = new Schema<>();
    wrapper.setAllOf(new ArrayList<>(List.of(reference)));
    wrapper.setDescription(property.getDescription());
    if (property.getExtensions() != null) {
      Map<String, Object> kept = new LinkedHashMap<>(property.getExtensions());
      kept.remove("x-ms-enum");
      wrapper.setExtensions(kept);
    }
    return wrapper;
  }

  /** {@code ExtraLarge}, {@code extraLarge} or {@code extra-large} as {@code EXTRA_LARGE}. */
  static String constantName(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        continue;
      }
      if (Character.isUpperCase(c) && i > 0 && out.length() > 0
          && out.charAt(out.length() - 1) != '_'
          && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1))
          || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
          && Character.isUpperCase(name.charAt(i - 1)))) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    String result = out.toString();
    return result.isEmpty() || Character.isDigit(result.charAt(0)) ? "_" + result : result;
  }

  /** {@code x-ms-enum.values} as the stock {@code x-enum-varnames} and descriptions. */
  private void enumNames(Schema schema) {
    Object extension = schema.getExtensions() == null
        ? null : schema.getExtensions().get("x-ms-enum");
    if (schema.getEnum() == null || !(extension instanceof Map)) {
      return;
    }
    Object values = ((Map<?, ?>) extension).get("values");
    if (!(values instanceof List) || schema.getExtensions().containsKey("x-enum-varnames")) {
      return;
    }
    Map<Object, String> names = new LinkedHashMap<>();
    Map<Object, String> descriptions = new LinkedHashMap<>();
    for (Object value : (List<?>) values) {
      if (value instanceof Map) {
        Map<?, ?> entry = (Map<?, ?>) value;
        Object wire = entry.get("value");
        if (entry.get("name") instanceof String) {
          names.put(String.valueOf(wire), (String) entry.get("name"));
        }
        descriptions.put(String.valueOf(wire),
            entry.get("description") == null ? "" : entry.get("description").toString());
      }
    }
    List<String> varNames = new ArrayList<>();
    List<String> varDescriptions = new ArrayList<>();
    for (Object wire : schema.getEnum()) {
      String name = names.get(String.valueOf(wire));
      if (name == null) {
        return;
      }
      varNames.add(constantName(name));
      varDescriptions.add(descriptions.getOrDefault(String.valueOf(wire), ""));
    }
    if (new java.util.HashSet<>(varNames).size() != varNames.size()
        || varNames.contains("UNRECOGNIZED")) {
      return;
    }
    schema.addExtension("x-enum-varnames", varNames);
    schema.addExtension("x-enum-descriptions", varDescriptions);
  }
}
