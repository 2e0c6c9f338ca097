/**
 * Given names, used as a cue that a capitalised pair such as "Maria Vance" is a person.
 *
 * Source: first names and nicknames of current US legislators and executives in
 * unitedstates/congress-legislators (legislators-current.yaml, executive.yaml), CC0 1.0,
 * extracted once with a shell one-liner; plus common international given names written by us.
 * Data only.
 */
const US_LEGISLATOR_NAMES = `
Aaron Abraham Adam Addison Adelita Adlai Adrian Adriano Al Alan Alben Albert Alejandro Alex
Alexandria Alma Ami Amy Analilia Andrea Andrew Andy Angela Angie Angus Ann Anna April Ashley
August Aumua Austin Ayanna Barack Barry Becca Ben Benjamin Bennie Bernard Bernie Beth Betty
Bill Blake Bobby Bonnie Brad Bradley Brandon Brendan Brett Brian Brittany Bruce Bryan Buddy
Burgess Byron Calvin Carlos Carol Catherine Celeste Charles Chellie Chester Chip Chris Chrissy
Christian Christopher Chuck Chuy Cindy Clarence Claudia Clay Cleo Cliff Cory Craig Cynthia Dale
Dan Daniel Danny Darin Darrell Darren Dave David Deb Debbie Deborah Delia Derek Derrick Diana
Dick Dina Don Donald Doris Dusty Dwight Earl Ed Edward Elbridge Eleanor Eli Elise Elissa
Elizabeth Emanuel Emilia Emily Eric Erin Eugene Frank Franklin Frederica Gabe Gabriel Garland
Garret Gary George Gerald Gilbert Glenn Grace Greg Gregorio Gregory Grover Gus Guy Gwen Hakeem
Hal Haley Hank Hannibal Harold Harriet Harry Henry Herbert Hillary Hubert Ilhan Jack Jacky
Jahana Jake James Jamie Jan Janelle Janice Jared Jasmine Jason Jay Jeanne Jeff Jefferson
Jennifer Jerrold Jerry Jill Jim Jimmy Joaquin Jodey Joe John Johnny Jon Jonathan Joni Joseph
Josh Joshua Joyce Juan Judy Julia Julie Kamala Kat Katherine Kathy Katie Keith Kelly Ken Kevin
Kim Kimberlyn Kirsten Kristen Kweisi Lance Lateefah Laura Laurel Lauren Levi Linda Lindsey Lisa
Lizzie Lloyd Lois Lori Lucy Luz Lyndon Madeleine Maggie Marc Marcy Margaret Maria Mariannette
Marie Marilyn Mario Mark Marlin Marsha Martin Mary Matt Max Maxine Maxwell Mazie Melanie
Michael Michelle Mike Millard Mitch Morgan Nancy Nanette Nathaniel Neal Nellie Nelson Nicholas
Nicolas Nicole Nikema Norma Nydia Pablo Pat Patrick Patty Paul Pete Peter Pramila Raja Ralph
Rand Randall Randy Raphael Rashida Raul Rich Richard Rick Riley Ritchie Ro Robert Robin Roger
Ron Ronald Ronny Rosa Ruben Rudy Russ Russell Rutherford Ryan Salud Sam Sanford Sara Sarah
Schuyler Scott Sean Seth Sharice Sheldon Shelley Sheri Shomari Shontel Shri Spiro Stacey Steny
Stephanie Stephen Steve Steven Suhas Summer Susan Susie Suzan Suzanne Sydney Sylvia Tammy Ted
Teresa Terri Theodore Thom Thomas Tim Timothy Tina Todd Tom Tommy Tony Tracey Trent Troy
Ulysses Valerie Vern Veronica Vicente Victoria Vince Virginia Walter Warren Wesley William
Woodrow Yassamin Young Yvette Zachary Zoe
`;

const INTERNATIONAL_NAMES = `
Abdel Abdul Abdullah Abu Ahmad Ahmed Ali Amir Andrei Angela Anna Antonio Boris Carlos Chen
Dmitry Elena Emmanuel Fatima Francois François Giuseppe Hassan Hamid Hu Igor Ivan Jacinda Jean
Jose José Juan Justin Kim Li Luis Luiz Maria Marine Mohammed Muhammad Narendra Nicolas Olaf
Omar Pedro Pierre Recep Sergei Sergey Shinzo Tariq Theresa Vladimir Volodymyr Wang Xi Yuri
Yusuf Zhang Ali Benjamin Emmanuel Rishi Keir Giorgia Ursula Fumio Yoon Javier Gustavo Lula
Rex Jane John Mary James Robert Michael William David Richard Joseph Thomas Charles Daniel
Matthew Anthony Mark Paul Steven Andrew Joshua Kevin Brian George Edward Ronald Timothy Jason
Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Scott Frank Raymond Gregory
Samuel Patrick Jack Dennis Jerry Tyler Aaron Henry Adam Peter Nathan Zachary Walter Kyle
Harold Carl Jeremy Keith Roger Gerald Ethan Arthur Terry Christian Sean Lawrence Austin Joe
Noah Jesse Albert Bryan Billy Bruce Willie Jordan Dylan Alan Ralph Gabriel Roy Juan Wayne
Eugene Logan Randy Louis Russell Vincent Philip Bobby Johnny Bradley Patricia Jennifer Linda
Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly
Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Amy Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine
Christine Helen Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia
Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah
Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice
Julia Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana
Natalie Brittany Charlotte Marie Kayla Alexis Lori Clara Hugo Oscar Felix Leon Nora Ingrid
`;

/** Lower-case given names. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `${US_LEGISLATOR_NAMES} ${INTERNATIONAL_NAMES}`.split(/\s+/).filter(Boolean).map((name) => name.toLowerCase()),
);
