/**
 * Grammatical gender cues for people, used only to agree a pronoun with a name ("he" with
 * "Maria Vance" is unlikely). Common English and international given names whose bearers are
 * overwhelmingly of one gender, written by us; names used for both (Jordan, Kelly, Robin,
 * Sam, Alex, Kim, Jan …) are in neither list, so they agree with any pronoun. Data only.
 */
const MALE = `
aaron abdul abdullah abraham adam adrian ahmad ahmed al alan albert alberto alejandro alexander
alexei ali amir andre andrei andres andrew andy angus anthony antonio arnold arthur austin barack
barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan brett
brian bruce bryan byron calvin carl carlos charles charlie chester chris christopher chuck clarence
craig dale dan daniel danny darren dave david dennis derek dick dmitry don donald doug douglas
dwight earl ed eddie edward emmanuel eric ernest ethan eugene felix fernando francis francisco
francois frank franklin fred frederick gabriel gary gavin gene george gerald gerhard giuseppe
glenn gordon graham greg gregory gustavo guy hamid hank harold harry hassan henry herbert howard
hugh hugo ian igor ivan jack jacob jake james jason javier jean-claude jeff jeffrey jeremy jerome
jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian
justin karl keir keith ken kenneth kevin kirk kyle larry lawrence leo leon leonard lloyd louis
luis luke malcolm marco marcus mario mark martin matt matthew maurice max michael miguel mike
mitch mohamed mohammed muhammad narendra nathan neil nelson nicholas nick nicolas noah norman
olaf oliver omar oscar owen pablo patrick paul pedro pete peter philip phillip pierre ralph
randy ray raymond recep rex richard rick ricky rishi rob robert roberto rod rodney roger roland
ron ronald roy ruben rudy russell ryan salman samuel scott sean sebastian sergei sergey seth
shinzo simon stanley stephen steve steven stuart ted terry theodore thomas tim timothy todd tom
tommy tony travis trevor troy tyler ulysses victor vincent vladimir volodymyr walter warren wayne
wesley will william willie xi yuri yusuf zachary
abe adolf alfred alistair allen alvin ambrose amos angelo archie arturo augustine augustus axel
bart benedict bernd bertrand bjorn boyd brent brock bruno caleb cameron carter cedric cesar chad
chandler clark claude clifford clint clyde colin conrad cornelius curtis cyril dalton damian
dante darius dean desmond diego dirk dominic donovan duane duncan dustin edgar edmund edwin elijah
elliot elmer emil emilio enrique erik ernesto ethan everett ezra fabio federico floyd forrest
fritz gareth gerard gilbert giovanni glen godfrey grant gunther hans harvey hector heinrich herman
horace ignacio isaac isaiah ivor jamal jasper jeremiah jesus joachim johan jonas jules julius
kurt lance lars lewis lionel lorenzo lucas luigi luther manuel marcel marvin melvin milton
mohammad morris moses murray nathaniel ned nigel orlando otto percy perry phil quentin rafael
ramon randall reginald rene reuben rhys rodrigo rolf rupert salvador saul seamus sidney silas
solomon stefan sven terrence thaddeus tobias toby ulrich vernon vince wade wallace werner wilbur
wilfred winston wolfgang xavier yves zane
`;

const FEMALE = `
abigail ada adele agnes alexandra alexandria alice alicia alison amanda amber amy ana andrea
angela angelina angie ann anna anne annie april ashley audrey barbara beatrice becky betty
beverly bonnie brenda bridget brittany camila carla carmen carol caroline carolyn catherine
cecilia celeste charlotte cheryl christina christine cindy claire clara claudia colleen cynthia
daisy danielle dawn debbie deborah debra denise diana diane donna doris dorothy edith eileen
elaine eleanor elena elise elizabeth ella ellen emilia emily emma erica erin esther eva evelyn
fatima florence frances gabriela gail giorgia gladys gloria grace hannah harriet hazel heather
helen helena hillary holly ingrid irene isabel isabella jacinda jacqueline jane janet janice jean
jennifer jenny jessica jill joan joanna jocelyn josephine joyce judith judy julia julie june
karen kate katherine kathleen kathryn kathy katie kayla kirsten kristen laura lauren leah lily
linda lisa liz lois lori louise lucy lydia madeleine madison maggie margaret maria marie marilyn
marina marine marion martha mary maxine megan melanie melissa mia michelle mildred miriam molly
monica nancy natalie natasha nicole nina nora olivia pamela patricia paula pauline peggy penny
rachel rebecca rita rosa rose ruth sally samantha sandra sara sarah sharon sheila shirley sofia
sophia sophie stephanie susan suzanne sylvia tamara tammy teresa theresa tina tracy ursula
valerie vanessa veronica victoria virginia vivian wendy yvonne zoe
adriana agatha aisha alberta alma amelia anastasia angelica anita annette antonia arlene astrid
beatrix belinda bernadette bertha bethany blanche brigitte candace carly carolina cassandra
catalina celia charlene chloe christa cora cornelia dana daphne darlene delia della dolores
dora edna eleanora elisa eliza elsa elsie emilie estelle ethel eugenia eunice faith fiona
francesca frida genevieve georgia geraldine gertrude gina ginger greta gwendolyn harriett
hattie heidi henrietta hilda ida imogen inez iris isabelle ivy jeanette jeannie jessie joann
johanna jolene juanita judith julianne justine katarina katrina kristina lana laurie leila
lena lenora leslie lila lillian lindsay lorraine lorna lottie lucia lucille luisa mabel
magdalena mandy marcia margarita margot marguerite marianne maribel marjorie marla marlene
mathilde maureen mavis maya melinda mercedes meredith minnie mona muriel myra nadia nadine
naomi nellie nicola noelle norma olga opal paige patsy pearl petra phoebe phyllis polly
priscilla renee rhonda roberta rosalind rosemary roxanne sabrina selena serena sherri
sheryl simone sonia stella susanna svetlana tabitha tanya thelma tonya trudy una vera
viola violet wilma winifred yolanda zelda
`;

const set = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

export type Gender = 'male' | 'female';

const MALE_NAMES = set(MALE);
const FEMALE_NAMES = set(FEMALE);

/** Titles and role nouns that say a person's gender when written just before the name. */
const TITLE_GENDERS: Readonly<Record<string, Gender>> = {
  mr: 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', father: 'male', brother: 'male',
  congressman: 'male', chairman: 'male', spokesman: 'male', businessman: 'male', councilman: 'male', duke: 'male',
  mrs: 'female', ms: 'female', miss: 'female', dame: 'female', lady: 'female', queen: 'female', princess: 'female',
  sister: 'female', congresswoman: 'female', chairwoman: 'female', spokeswoman: 'female', businesswoman: 'female',
  councilwoman: 'female', actress: 'female', duchess: 'female', madam: 'female',
};

/** The gender of a lower-case given name, or undefined when it is unknown or used by both. */
export function givenNameGender(word: string): Gender | undefined {
  return MALE_NAMES.has(word) ? 'male' : FEMALE_NAMES.has(word) ? 'female' : undefined;
}

/** The gender a title or role word (lower case, no period) gives the name after it. */
export function titleGender(word: string): Gender | undefined {
  return TITLE_GENDERS[word];
}
