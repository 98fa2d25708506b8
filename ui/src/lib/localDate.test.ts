import { describe, expect, it } from "vitest";
import { datePattern, readDate, showDate } from "./localDate";

describe("dates in the locale's order", () => {
  const uk = datePattern("en-GB");
  const us = datePattern("en-US");
  const de = datePattern("de-DE");

  it("reads the pattern of each locale", () => {
    expect(uk.placeholder).toBe("dd/mm/yyyy");
    expect(us.placeholder).toBe("mm/dd/yyyy");
    expect(de.placeholder).toBe("dd.mm.yyyy");
  });

  it("shows and reads a date the same way", () => {
    for (const pattern of [uk, us, de]) {
      expect(readDate(showDate("2026-03-04", pattern), pattern)).toEqual({ kind: "date", iso: "2026-03-04" });
    }
    expect(showDate("2026-03-04", uk)).toBe("04/03/2026");
    expect(showDate("2026-03-04", us)).toBe("03/04/2026");
  });

  it("takes the day and month in the locale's order", () => {
    expect(readDate("4/3/2026", uk)).toEqual({ kind: "date", iso: "2026-03-04" });
    expect(readDate("4/3/2026", us)).toEqual({ kind: "date", iso: "2026-04-03" });
  });

  it("understands ISO dates in every locale", () => {
    expect(readDate("2026-11-01", us)).toEqual({ kind: "date", iso: "2026-11-01" });
    expect(readDate("2026-11-01", de)).toEqual({ kind: "date", iso: "2026-11-01" });
  });

  it("says what is wrong instead of guessing", () => {
    expect(readDate("", uk)).toEqual({ kind: "empty" });
    expect(readDate("1/2/20", uk)).toMatchObject({ kind: "invalid", message: "Type the date as dd/mm/yyyy, e.g. 27/11/2026." });
    expect(readDate("31/02/2026", uk)).toMatchObject({ kind: "invalid", message: "That month has no day 31." });
    expect(readDate("01/13/2026", uk)).toMatchObject({ kind: "invalid", message: "There is no month 13." });
    expect(readDate("next week", uk).kind).toBe("invalid");
  });

  it("knows leap years", () => {
    expect(readDate("29/02/2028", uk)).toEqual({ kind: "date", iso: "2028-02-29" });
    expect(readDate("29/02/2027", uk).kind).toBe("invalid");
  });
});
