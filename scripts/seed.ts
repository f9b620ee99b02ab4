import { createDb } from "../lib/db/client";
import { seedDemoSpa } from "../prisma/seed/demo-spa";

// `npm run db:seed`: seeds the demo spa into DATABASE_URL if it holds no location yet.
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Set DATABASE_URL to the database to seed (npm start seeds its embedded database by itself).");
    process.exit(1);
  }
  const db = createDb(url);
  try {
    const result = await seedDemoSpa(db);
    console.log(result.created ? "Seeded the demo spa." : "The database already has a spa; nothing was changed.");
  } finally {
    await db.$disconnect();
  }
}

void main();
