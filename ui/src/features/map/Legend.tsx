import { ATTITUDES, ATTITUDE_STYLE, COVERAGE_LINE, LINE_STYLE, ROLES, ROLE_STYLE } from "../../shared/visualLanguage";

/** The one legend: the same marks as the cards, lines and the PDF. */
export function Legend({ clientSafe = false }: { clientSafe?: boolean }) {
  return (
    <section className="legend" aria-label="Legend">
      {/* With the client in the room the cards show no attitude, so neither does the legend. */}
      {!clientSafe && (
        <>
          <h3>Attitude</h3>
          <ul>
            {ATTITUDES.map((a) => (
              <li key={a}>
                <span style={{ color: ATTITUDE_STYLE[a].colour }} aria-hidden="true">
                  {ATTITUDE_STYLE[a].mark}
                </span>{" "}
                {ATTITUDE_STYLE[a].label}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Roles</h3>
      <ul>
        {ROLES.map((r) => (
          <li key={r}>
            <span className={`role-badge role-${r}`}>
              <b>{ROLE_STYLE[r].letter}</b> {ROLE_STYLE[r].label}
            </span>
          </li>
        ))}
      </ul>
      <h3>Lines</h3>
      <ul className="legend-lines">
        <li><svg width="44" height="10"><line x1="0" y1="5" x2="44" y2="5" style={{ stroke: LINE_STYLE.reportsTo.colour, strokeWidth: LINE_STYLE.reportsTo.width }} /></svg> Reports to</li>
        <li><svg width="44" height="10"><line x1="0" y1="5" x2="44" y2="5" style={{ stroke: LINE_STYLE.dottedLine.colour, strokeWidth: LINE_STYLE.dottedLine.width, strokeDasharray: LINE_STYLE.dottedLine.dash }} /></svg> Dotted line</li>
        <li><svg width="44" height="14"><line x1="0" y1="7" x2="44" y2="7" style={{ stroke: COVERAGE_LINE.colour, strokeOpacity: COVERAGE_LINE.bandOpacity, strokeWidth: 14 }} /><line x1="0" y1="7" x2="44" y2="7" style={{ stroke: COVERAGE_LINE.colour, strokeWidth: 4 }} /></svg> We cover (thicker = stronger; band = wanted)</li>
        <li><svg width="44" height="10"><line x1="0" y1="5" x2="38" y2="5" style={{ stroke: LINE_STYLE.influences.colour, strokeWidth: LINE_STYLE.influences.width }} /><path d="M36 1 L44 5 L36 9 z" style={{ fill: LINE_STYLE.influences.colour }} /></svg> Influences</li>
        <li><svg width="44" height="10"><line x1="0" y1="5" x2="44" y2="5" style={{ stroke: LINE_STYLE.conflictsWith.colour, strokeWidth: LINE_STYLE.conflictsWith.width, strokeDasharray: LINE_STYLE.conflictsWith.dash }} /></svg> In conflict</li>
      </ul>
      <h3>Influence</h3>
      <p>Dots on a card: 1 (little say) to 5 (decides). Faded and struck through: left the company.</p>
      <p>
        Zoomed far out on a big map: a{" "}
        <span className="legend-covered-corner" aria-hidden="true" /> blue
        corner marks someone one of ours covers.
      </p>
    </section>
  );
}
