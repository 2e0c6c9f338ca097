/** A route handler: the request, its URL and the path parameters. */
export type Handler = (request: Request, url: URL, params: Readonly<Record<string, string>>) => Promise<Response>;

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly handler: Handler;
}

/** A minimal method + path router: `/api/stories/:id` style patterns, first match wins. */
export class Router {
  private readonly routes: Route[] = [];

  on(method: string, path: string, handler: Handler): this {
    const names: string[] = [];
    const pattern = new RegExp(`^${path.replace(/:([a-zA-Z]+)/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}/?$`);
    this.routes.push({ method, pattern, names, handler });
    return this;
  }

  /** The handler for a request, or the reason there is none (404 unknown path, 405 wrong method). */
  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | 404 | 405 {
    let pathKnown = false;
    for (const route of this.routes) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      pathKnown = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1] ?? '')));
      return { handler: route.handler, params };
    }
    return pathKnown ? 405 : 404;
  }
}
