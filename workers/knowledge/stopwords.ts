import { stopwords as en } from "@orama/stopwords/english";
import { stopwords as fr } from "@orama/stopwords/french";
import { stopwords as de } from "@orama/stopwords/german";
import { stopwords as it } from "@orama/stopwords/italian";
import { stopwords as pt } from "@orama/stopwords/portuguese";
import { stopwords as es } from "@orama/stopwords/spanish";
import { fold } from "../ai/local/text";

/**
 * Words that carry no topic in a support question, in the six languages Baton serves, written folded (lower
 * case, accents removed) as `tokenize` produces them. Besides function words this holds chat filler ("hi",
 * "please", "need", "help"): kept in a query, such words would match every article a little and make an
 * out-of-scope question look partly answered.
 */
const WORDS = {
  en: `a about after again all also am an and any anyone anything are as at be been before being but by can
    can't cannot could couldn't did didn't do does doesn't doing don't dont for from get gets getting got had
    has have having he hello help her here hey hi him his how i i'd i'll i'm i've if im in into is isn't it
    it's its just know let like me might mine more most much must my need needs no not now of off ok okay on
    one or our out please possible question really she should so some someone something still than thank
    thanks that that's the their them then there these they thing things this those to too try trying up us
    tell show explain give
    against between through during without within each every other another same since until both either
    want wanted wants was way we were what what's when where which while who why will with won't would you
    you're your yours yes pls plz thx ty hello cant dont wont`,
  es: `a al algo alguien como con cual cuando de del el ella en es esa ese esta estoy este esto hay hola la
    las le lo los me mi mis muy necesito no o para pero por puedo puede que quiero se si sin su sus tengo un
    una uno y yo gracias ayuda favor`,
  fr: `a au aux avec bonjour c'est ce ces comment dans de des du elle en est et il j'ai je la le les leur
    ma mais me mes moi mon ne nous on ou par pas pour puis puisje qu'il que qui sa se ses son sur ta te toi
    ton tu un une veux voudrais vous votre vos merci aide ai est`,
  de: `aber als am an auch auf aus bei bin bitte da das dass dem den der des die du ein eine einem einen
    einer er es fur hallo hat habe haben ich ihr ihre im in ist ja kann kannst konnen mein meine mich mir mit
    nicht noch nur oder sie sind so uber um und uns vom von was wie wir wo zu zum zur danke hilfe mochte`,
  pt: `a ao as com como da das de do dos e ela ele em esta estou eu isso meu minha na nao no nos o os ou
    para pela pelo por posso preciso que quero se sem seu sua tem tenho um uma voce ola obrigado obrigada
    ajuda`,
  it: `a al alla che ci come con da del della di e gli ha ho i il in io la le lo ma mi mia mio ne non o per
    posso puo quale quando se si sono su un una uno vorrei ciao grazie aiuto`,
};

/**
 * The function words of the six languages (Snowball's lists, as Orama ships them beside its stemmers) and the
 * chat filler above, folded.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...Object.values(WORDS).flatMap((list) => list.split(/\s+/).filter(Boolean)),
  ...[en, es, fr, de, pt, it].flat().map(fold),
]);
