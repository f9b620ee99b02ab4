import type { Db } from "@/lib/db/client";
import type { IngredientId } from "@/lib/intake/ingredients";

type Tx = Pick<Db, "product">;

/**
 * The demo back-bar: products estheticians record on treatment notes. Ingredients are lib/intake
 * ingredient ids, so a client's allergy or a pregnancy flag refuses the right products.
 */
export const DEMO_PRODUCTS: { name: string; brand: string; ingredients: IngredientId[] }[] = [
  { name: "Gentle Milk Cleanser", brand: "Glowbook Pro", ingredients: [] },
  { name: "Rose Foaming Cleanser", brand: "Glowbook Pro", ingredients: ["fragrance", "sulfates"] },
  { name: "Clarifying BHA Toner", brand: "Glowbook Pro", ingredients: ["salicylic-acid"] },
  { name: "Glycolic Resurfacing Peel 20%", brand: "Glowbook Pro", ingredients: ["glycolic-acid"] },
  { name: "Lactic Brightening Peel 10%", brand: "Glowbook Pro", ingredients: ["lactic-acid"] },
  { name: "Tea Tree Purifying Clay Mask", brand: "Glowbook Pro", ingredients: ["tea-tree-oil", "essential-oils"] },
  { name: "Calming Oat Mask", brand: "Glowbook Pro", ingredients: [] },
  { name: "Retinol Night Serum", brand: "Glowbook Pro", ingredients: ["retinoids"] },
  { name: "Vitamin C Brightening Serum", brand: "Glowbook Pro", ingredients: ["vitamin-c"] },
  { name: "Lanolin Barrier Balm", brand: "Glowbook Pro", ingredients: ["lanolin"] },
  { name: "Fragrance-free Hydrating Moisturiser", brand: "Glowbook Pro", ingredients: [] },
  { name: "Mineral Sunscreen SPF 30", brand: "Glowbook Pro", ingredients: [] },
];

/** Adds the demo products (idempotent by name). Call inside the demo seed's transaction. */
export async function seedDemoProducts(tx: Tx): Promise<void> {
  await tx.product.createMany({ data: DEMO_PRODUCTS, skipDuplicates: true });
}
