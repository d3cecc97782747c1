// Response serializers compiled once per schema object instead of once per route and status:
// every route shares the same Problem responses (and a GET shares its schemas with its HEAD), so
// this cuts the app's start-up (and each test's) by much of the serializer compilation.
import SerializerSelector from '@fastify/fast-json-stringify-compiler';

type Factory = SerializerSelector.SerializerFactory;
type Serializer = SerializerSelector.Serializer;

export function cachedSerializerFactory(): Factory {
  const select = SerializerSelector();
  return (externalSchemas, options) => {
    const compile = select(externalSchemas, options);
    const cache = new WeakMap<object, Serializer>();
    return (route) => {
      const key = route.schema;
      if (typeof key !== 'object' || key === null) return compile(route);
      let serializer = cache.get(key);
      if (!serializer) {
        serializer = compile(route);
        cache.set(key, serializer);
      }
      return serializer;
    };
  };
}
