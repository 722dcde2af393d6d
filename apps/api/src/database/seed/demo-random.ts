import { Faker, en } from '@faker-js/faker';

/** The demo coalition's fixed seed: the same data on every machine, every run. */
export const DEMO_SEED = 1987;

export function demoFaker(seed = DEMO_SEED): Faker {
  return new Faker({ locale: [en], seed });
}

/** Picks by weight: `[['a', 3], ['b', 1]]` returns 'a' three times as often as 'b'. */
export function weighted<T>(faker: Faker, options: ReadonlyArray<readonly [T, number]>): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let roll = faker.number.float({ min: 0, max: total });
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll <= 0) return value;
  }
  return options[options.length - 1][0];
}
