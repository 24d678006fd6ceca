/*
 * random_data: the fixed lists of the reference random collector
 * (plugins/random/resoto_plugin_random/resources.py, Resoto 3.6.5), in the
 * reference's order: the draws index into them.
 */
#include "collector/random_data.h"

const char *const rnd_first_names[] = {
	"Aada", "Aaliyah", "Aarav", "Aaron", "Aaryan", "Abhinav", "Adele",
	"Aidan", "Aino", "Alberto", "Aleksi", "Alexey", "Alice", "Alva",
	"Alvaro", "Amelia", "Ananya", "Anastasia", "Andrei", "Angeliki",
	"Anika", "Anja", "Anna", "Anni", "Anton", "Antonia", "Aoi", "Aradhya",
	"Aria", "Ariel", "Arnav", "Arthur", "Arttu", "Artyom", "Athanasios",
	"Ava", "Avery", "Beatriz", "Birta", "Bjarni", "Bjorn", "Camille",
	"Carlos", "Catalina", "Chloe", "Chris", "Clara", "Constanza", "Cora",
	"Cristobal", "Daiki", "Daniela", "Devansh", "Dhruv", "Diego",
	"Dimitrios", "Dmitry", "Doris", "Dylan", "Eetu", "Einar", "Eleni",
	"Elias", "Elin", "Ella", "Elzbieta", "Emil", "Enzo", "Ethan", "Evegny",
	"Ewa", "Felix", "Fernanda", "Flo", "Grace", "Graciela", "Gunnar",
	"Guorun", "Hannah", "Harini", "Helga", "Hugo", "Ida", "Ines",
	"Ioannis", "Irina", "Isak", "Ishan", "Itai", "Ivan", "Jade", "Jan",
	"Janice", "Javiera", "Jocelyn", "Joel", "John", "Jonas", "Jorge",
	"Jose", "Juan", "Juho", "Julia", "Julian", "Kaito", "Katarzyna",
	"Kenta", "Kostantina", "Krzysztof", "Lars", "Lauri", "Layla", "Lea",
	"Leevi", "Lena", "Leon", "Leonie", "Lida", "Luca", "Lucas", "Lucia",
	"Lukas", "Magnus", "Maja", "Manon", "Marcin", "Marek", "Maricel",
	"Marie", "Mario", "Marlon", "Marta", "Martina", "Matthias", "Maxime",
	"Maximilian", "Mia", "Mikhail", "Milan", "Misaki", "Mitsuki", "Miu",
	"Miyu", "Moe", "Mohamed", "Nanami", "Naom", "Natalia", "Nathan",
	"Navita", "Navya", "Nikita", "Noah", "Norma", "Oceana", "Olafur",
	"Olga", "Oliver", "Oscar", "Pablo", "Paula", "Pranav", "Ren",
	"Ricardo", "Ridhi", "Riko", "Rin", "Rishika", "Ronald", "Rosa",
	"Rowena", "Raffa", "Ryan", "Sanvi", "Sarah", "Sergei", "Shaurya",
	"Sho", "Shun", "Sigurour", "Siiri", "Silvia", "Simon", "Sota",
	"Takumi", "Tamar", "Tatiana", "Tejas", "Telma", "Tim", "Tobi",
	"Tomasz", "Trisha", "Ulhas", "Valentina", "Valeria", "Vanessa",
	"Veeti", "Venla", "Vicente", "Yael", "Yu", "Yulia", "Zoe", "Zoey",
	"Zofia",
};
const size_t rnd_first_names_len =
    sizeof(rnd_first_names) / sizeof(rnd_first_names[0]);

const struct rnd_purpose rnd_purposes[RND_PURPOSES] = {
	{ "bus", "Business" }, { "edu", "Education" },
	{ "ent", "Entertainment" }, { "fin", "Finance" }, { "game", "Gaming" },
	{ "gov", "Government" }, { "news", "News" }, { "office", "Office" },
	{ "misc", "Other" }, { "priv", "Personal" }, { "shop", "Shopping" },
	{ "soc", "Social" }, { "sprt", "Sports" }, { "trvl", "Travel" },
	{ "wrk", "Work" }, { "dev", "Development" }, { "res", "Research" },
	{ "web", "Webserver" }, { "db", "Database" }, { "stor", "Storage" },
	{ "cloud", "Cloud" }, { "host", "Hosting" },
};

/* drawn name, its weight, the InstanceStatus it maps to */
const struct rnd_status rnd_instance_statuses[RND_INSTANCE_STATUSES] = {
	{ "pending", 1, "busy" }, { "running", 85, "running" },
	{ "shutting-down", 1, "busy" }, { "terminated", 11, "terminated" },
	{ "stopping", 1, "busy" }, { "stopped", 1, "stopped" },
};

const struct rnd_itype rnd_instance_types[RND_INSTANCE_TYPES] = {
	{ "rnd2.tiny", 10, 2, 2 }, { "rnd2.micro", 10, 2, 4 },
	{ "rnd2.medium", 20, 4, 8 }, { "rnd2.large", 50, 8, 16 },
	{ "rnd2.xlarge", 20, 8, 32 }, { "rnd2.2xlarge", 10, 16, 64 },
	{ "rnd2.mega", 5, 32, 128 }, { "rnd2.ultra", 5, 64, 256 },
};

/* drawn name, its weight, the VolumeStatus it maps to */
const struct rnd_status rnd_volume_statuses[RND_VOLUME_STATUSES] = {
	{ "creating", 2, "busy" }, { "available", 15, "available" },
	{ "in-use", 80, "in-use" }, { "deleting", 1, "busy" },
	{ "deleted", 1, "deleted" }, { "error", 1, "error" },
};

const int rnd_volume_sizes[RND_VOLUME_SIZES] = {
	20, 100, 200, 400, 800, 1000, 4000
};
const double rnd_volume_size_weights[RND_VOLUME_SIZES] = {
	70, 40, 30, 5, 5, 20, 1
};

const struct rnd_purpose rnd_region_templates[RND_REGION_TEMPLATES] = {
	{ "ap-northeast-", "Asia Pacific North East" },
	{ "ap-southeast-", "Asia Pacific South East" },
	{ "ap-south-", "Asia Pacific South" },
	{ "ca-central-", "Canada Central" },
	{ "eu-central-", "EU Central" },
	{ "eu-north-", "EU North" },
	{ "eu-west-", "EU West" },
	{ "sa-east-", "South America East" },
	{ "us-east-", "US East" },
	{ "us-west-", "US West" },
};
