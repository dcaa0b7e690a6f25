/** Where Nunchi's data comes from and under which licence; each dictionary keeps its own. */
export function AboutSection() {
  return (
    <section className="card about" aria-labelledby="about-title">
      <header className="card-header">
        <h3 id="about-title">About Nunchi and its data</h3>
      </header>
      <p>
        Nunchi reads the subtitles of the video you watch and explains what a translation leaves
        out. Everything happens in your browser: subtitles, dictionaries and your saved words never
        leave it.
      </p>
      <dl className="sources">
        <dt>Cultural notes</dt>
        <dd>
          Written by the Nunchi editors for this project. Each note names where its facts can be
          checked.
        </dd>
        <dt>Chinese dictionary</dt>
        <dd>
          CC-CEDICT (2019-05-27), published by MDBG and maintained by its community, based on CEDICT
          by Paul Andrew Denisowski. Licence: Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA
          4.0). Nunchi’s converted copy is shared under the same licence.
        </dd>
        <dt>Japanese dictionary</dt>
        <dd>
          JMdict/EDICT (EDICT2, 2021-02-03) by the Electronic Dictionary Research and Development
          Group (EDRDG), originally compiled by Jim Breen, used in conformance with the EDRDG
          licence: CC BY-SA 4.0. Nunchi’s converted copy is shared under the same licence.
        </dd>
        <dt>Korean dictionary</dt>
        <dd>
          Built from the ezcorean 6,000-word list of the kengdic project (Joe Speigle and
          contributors; Mozilla Public License 2.0, or LGPL 2.0 or later), with every gloss reviewed
          and corrected by the Nunchi editors, plus entries written for Nunchi; the whole file is
          distributed under the Mozilla Public License 2.0.
        </dd>
      </dl>
      <p className="muted">
        The licence and the list of changes of each converted dictionary ship beside it in the
        extension’s <code>dict</code> folder.
      </p>
    </section>
  );
}
