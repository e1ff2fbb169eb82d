// This file holds the example that "Load example" puts in the page: two short news articles,
// written for Parallax, about the same FICTIONAL event (a warehouse fire in the made-up port
// town of Brackwater) from two made-up outlets with different angles. Every person, outlet,
// company and place in them is invented. The browser tests import it too.

/** @type {ReadonlyArray<{ label: string, published: string, text: string }>} */
export const EXAMPLE = Object.freeze([
  Object.freeze({
    label: "The Brackwater Courier",
    published: "2024-03-06",
    text: `Local / Harbour

Fire destroys grain warehouse on Brackwater docks

BRACKWATER (Courier) - A fire tore through a grain warehouse on Quay Street in Brackwater on Tuesday evening, sending a column of smoke over the harbour that could be seen from Kelby, about 40 km along the coast.

The town's fire chief, Marta Lindqvist, said 12 firefighters and 4 engines from the North Coast Fire Service reached the building shortly after 7 pm. The roof collapsed within an hour, and crews concentrated on keeping the flames away from two neighbouring fuel stores.

"The crews did remarkable work in very difficult conditions," the fire chief said. "No one was inside when the roof came down, and that is what matters tonight."

Three people were treated at St Brenna's Hospital for smoke inhalation and were released before midnight.

The warehouse, owned by the Halvard Logistics Group, held roughly 2,000 tonnes of barley waiting to be shipped. The company said in a statement that it was cooperating fully with investigators.

Mayor Owen Tresk visited the scene on Wednesday morning and thanked residents who had taken in neighbours evacuated from nearby streets. A small group of protesters gathered outside the company's office on Wednesday afternoon. Quay Street will stay closed to traffic until Friday, he said, and the ferry to Kelby is running to its normal timetable.

"Brackwater has had a hard night, but this town looks after its own," the mayor told the Courier.

The cause of the fire is not yet known.

(Reporting by Ellen Marsh; Editing by Tom Quayle)

Share this article`,
  }),
  Object.freeze({
    label: "Coastline Daily",
    published: "2024-03-07",
    text: `Warehouse that burned in Brackwater had failed safety checks, union says

Dock workers in Brackwater say the grain warehouse that burned down on Tuesday 5 March 2024 had failed two fire inspections in the past year, and they want to know why it was still in use.

The blaze at the Halvard Logistics Group store on Quay Street took 12 firefighters more than five hours to bring under control. The fire chief, Marta Lindqvist, praised her teams: "The crews did remarkable work in very difficult conditions."

The Harbour Workers Union says its members raised concerns about blocked fire exits and faulty alarms as early as June 2023.

"We reported this again and again. Somebody decided the warnings could wait," said union spokeswoman Priya Anand. "We were lucky that the building was empty."

The Brackwater Port Authority, which leases the site to the company, confirmed that an inspection in January had found several deficiencies, but said the tenant had been given 90 days to fix them. A spokesperson declined to say whether the work had been done.

The Harbour Safety Board will open an inquiry next week. Its chair, Daniel Okafor, said the board would publish its findings within three months.

The Halvard Logistics Group did not answer questions on Wednesday, as a small group of campaigners gathered outside the company's office. Around 2,000 tonnes of barley were lost, worth an estimated €600,000 at current prices.

"Brackwater has had a hard night, and this town will look after its own," Mayor Owen Tresk said.

Four people from a neighbouring yard were treated for smoke inhalation.`,
  }),
]);
