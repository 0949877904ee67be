import { describe, expect, it } from "vitest";
import { ImportInputError } from "../../../workers/import/files";
import { allowedPrivateHosts, checkImportUrl } from "../../../workers/import/url-guard";

const refusal = (url: string, allowed: string[] = []) => {
  try {
    checkImportUrl(url, allowed);
    return null;
  } catch (error) {
    return error instanceof ImportInputError ? error.code : String(error);
  }
};

describe("the addresses an import may read", () => {
  it("refuses loopback, private, link-local and local names, in IPv4 and IPv6", () => {
    const refused = [
      "http://127.0.0.1/",
      "http://127.8.9.10/",
      "http://10.1.2.3/",
      "http://172.16.0.1/",
      "http://172.31.255.255/",
      "http://192.168.1.1/",
      "http://169.254.169.254/",
      "http://100.64.0.1/",
      "http://0.0.0.0/",
      "http://localhost:8080/",
      "http://api.localhost/",
      "http://printer.local/",
      "http://metadata.google.internal/",
      "http://intranet/",
      "http://[::1]/",
      "http://[fd00::1]/",
      "http://[fe80::1]/",
      "http://[::ffff:127.0.0.1]/",
    ];
    expect(refused.filter((u) => refusal(u) !== "address_refused")).toEqual([]);
  });

  it("accepts public sites, and refuses other schemes and credentials as invalid", () => {
    expect(refusal("https://help.example.com/sitemap.xml")).toBeNull();
    expect(refusal("http://172.32.0.1/")).toBeNull();
    expect(refusal("ftp://help.example.com/")).toBe("invalid_request");
    expect(refusal("https://user:pw@help.example.com/")).toBe("invalid_request");
    expect(refusal("not a url")).toBe("invalid_request");
  });

  it("lets the development setting name private hosts, only those, and only in a local runtime", () => {
    const setting = " 127.0.0.1, LocalHost ";
    expect(allowedPrivateHosts({ IMPORT_ALLOW_PRIVATE_HOSTS: setting })).toEqual([]);
    const allowed = allowedPrivateHosts({ IMPORT_ALLOW_PRIVATE_HOSTS: setting, BATON_DEV: "true" });
    expect(allowed).toEqual(["127.0.0.1", "localhost"]);
    expect(refusal("http://127.0.0.1:4321/sitemap.xml", allowed)).toBeNull();
    expect(refusal("http://localhost:4321/", allowed)).toBeNull();
    expect(refusal("http://10.0.0.1/", allowed)).toBe("address_refused");
    expect(allowedPrivateHosts({ IMPORT_ALLOW_PRIVATE_HOSTS: "", BATON_DEV: "true" })).toEqual([]);
  });
});
