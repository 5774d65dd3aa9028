// A portal's or an integrator's TypeScript code against the generated types (openapi-typescript)
// and openapi-fetch. The build compiles it with `tsc --strict`: when the document stops describing
// these calls, or stops generating types that compile, the build fails. It is never run.
import createClient from "openapi-fetch";
import type { components, paths } from "../../../target/openapi-ts/schema";

type ItemView = components["schemas"]["ItemView"];
type Problem = components["schemas"]["Problem"];

const api = createClient<paths>({ baseUrl: "http://localhost:8080/api/v1" });

export async function logIn(username: string, password: string): Promise<string> {
  const { data, error } = await api.POST("/auth/token", { body: { username, password } });
  if (error) {
    throw new Error(`${error.status} ${error.title}: ${error.detail}`);
  }
  return data.token;
}

export async function newestNotices(): Promise<string[]> {
  const { data } = await api.GET("/items", {
    params: { query: { organisation: "jrjgfwzx", channel: "notices", genre: "通知", size: 10 } },
  });
  return (data?.items ?? []).map((item) => `${item.indexNumber} ${item.title} ${item.publishedOn ?? ""}`);
}

export async function draftAndSubmit(token: string): Promise<ItemView> {
  const headers = { Authorization: `Bearer ${token}` };
  const created = await api.POST("/manage/items", {
    headers,
    body: { organisation: "jrjgfwzx", title: "关于2025年部门预算公开的说明", channel: "notices", genre: "通知" },
  });
  if (created.error) {
    throw problem(created.error);
  }
  const etag = created.response.headers.get("ETag") ?? `"${created.data.version}"`;
  const submitted = await api.POST("/manage/items/{id}/submit", {
    params: { path: { id: created.data.item.id }, header: { "If-Match": etag } },
    headers,
  });
  if (submitted.error) {
    throw problem(submitted.error);
  }
  const state: components["schemas"]["ItemState"] = submitted.data.state;
  console.log(state, submitted.data.item.validity satisfies "有效" | "失效" | "废止");
  return submitted.data;
}

export async function firstHit(q: string): Promise<string | null> {
  const { data, error } = await api.GET("/search", { params: { query: { q, type: "item", size: 1 } } });
  if (error) {
    throw problem(error);
  }
  const hit = data.hits[0];
  return hit === undefined ? null : `${hit.type} ${hit.title} ${hit.link ?? ""}`;
}

function problem(p: Problem): Error {
  const fields = (p.fields ?? []).map((f) => `${f.name}: ${f.reason}`).join("; ");
  return new Error(`${p.status} ${p.type} ${p.detail} ${fields}`);
}
