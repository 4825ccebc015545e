package org.citysim.sim.agent;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.citysim.sim.scenario.yaml.Obj;
import org.citysim.sim.scenario.yaml.Range;
import org.citysim.sim.scenario.yaml.Val;

/**
 * Binds a YAML object to a config record, field by field, starting from the provider's defaults.
 * Component types: {@code double}, {@code int}, {@code long}, {@code boolean}, {@code String},
 * enums (written in lower case with dashes: {@code queue-imbalance}), and lists of strings or
 * numbers (a single value counts as a list of one). Unknown keys and wrong types are problems at
 * their line; what the record's constructor refuses becomes a problem at the object.
 */
public final class RecordBinder {
  private RecordBinder() {}

  /** YAML spelling of an enum constant: {@code QUEUE_IMBALANCE} is {@code queue-imbalance}. */
  public static String yamlName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The YAML field names of a config record, in declaration order. */
  public static List<String> fields(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  /**
   * Binds {@code o} (null: no config given) over {@code defaults}.
   *
   * @return the record, or null when there were problems (recorded in {@code o}'s problems)
   */
  public static <C extends Record> C bind(Obj o, Class<C> type, C defaults) {
    RecordComponent[] comps = type.getRecordComponents();
    Object[] values = new Object[comps.length];
    int before = o == null ? 0 : o.problems().size();
    if (o != null) {
      o.checkKeys(fields(type).toArray(String[]::new));
    }
    for (int i = 0; i < comps.length; i++) {
      RecordComponent c = comps[i];
      values[i] = read(c, defaults);
      if (o != null && o.has(c.getName())) {
        Object v = value(o.opt(c.getName()), c.getType(), c.getGenericType());
        if (v != null) {
          values[i] = v;
        }
      }
    }
    if (o != null && o.problems().size() > before) {
      return null;
    }
    try {
      Class<?>[] types = Arrays.stream(comps).map(RecordComponent::getType)
          .toArray(Class<?>[]::new);
      return type.getDeclaredConstructor(types).newInstance(values);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (o == null) {
        throw new IllegalStateException("defaults of " + type.getSimpleName() + " are invalid",
            cause);
      }
      o.problem(String.valueOf(cause.getMessage()),
          "fields: " + String.join(", ", fields(type)));
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  private static Object read(RecordComponent c, Record from) {
    try {
      return c.getAccessor().invoke(from);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  private static Object value(Val v, Class<?> t, Type generic) {
    if (t == double.class || t == Double.class) {
      return v.number(Range.ANY);
    }
    if (t == int.class || t == Integer.class) {
      Long l = v.integer(Range.closed(Integer.MIN_VALUE, Integer.MAX_VALUE));
      return l == null ? null : Math.toIntExact(l);
    }
    if (t == long.class || t == Long.class) {
      return v.integer(Range.ANY);
    }
    if (t == boolean.class || t == Boolean.class) {
      return v.bool();
    }
    if (t == String.class) {
      return v.text();
    }
    if (t.isEnum()) {
      return enumValue(v, t);
    }
    if (t == List.class && generic instanceof ParameterizedType pt) {
      Type arg = pt.getActualTypeArguments()[0];
      List<Val> items = v.listOrOne();
      if (items == null) {
        return null;
      }
      List<Object> out = new ArrayList<>();
      for (Val item : items) {
        Object x = value(item, (Class<?>) arg, arg);
        if (x == null) {
          return null;
        }
        out.add(x);
      }
      return List.copyOf(out);
    }
    throw new IllegalStateException("config field type " + generic + " is not supported");
  }

  private static Object enumValue(Val v, Class<?> t) {
    String text = v.text();
    if (text == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (Object c : t.getEnumConstants()) {
      String name = yamlName((Enum<?>) c);
      if (name.equalsIgnoreCase(text.trim())) {
        return c;
      }
      names.add(name);
    }
    v.problem("unknown value '" + text + "'", "one of: " + String.join(", ", names));
    return null;
  }
}
