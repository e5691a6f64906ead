import SkillpathCore

/// Word lists the generator draws names from, so synthetic catalogs read like real ones.
extension CatalogGenerator {
    /// Skill categories with typical topics in each.
    static let categories: [(name: String, topics: [String])] = [
        ("Data", ["SQL", "Statistics", "Data Visualization", "Spreadsheets", "Data Modeling", "ETL Pipelines", "Business Intelligence", "Data Governance"]),
        ("Programming", ["Python", "JavaScript", "Java", "Go", "TypeScript", "Testing", "Version Control", "Algorithms"]),
        ("Cloud", ["AWS", "Azure", "Google Cloud", "Kubernetes", "Containers", "Serverless", "Cloud Architecture", "Infrastructure as Code"]),
        ("Security", ["Network Security", "Identity Management", "Incident Response", "Threat Analysis", "Cryptography", "Security Operations", "Risk Assessment", "Penetration Testing"]),
        ("Networking", ["TCP/IP", "Routing", "Switching", "Wireless", "Network Design", "DNS", "VPN", "Network Monitoring"]),
        ("AI & ML", ["Machine Learning", "Deep Learning", "Natural Language Processing", "Computer Vision", "MLOps", "Prompt Engineering", "Generative AI", "Model Evaluation"]),
        ("Project Management", ["Agile", "Scrum", "Risk Management", "Scheduling", "Stakeholder Management", "Budgeting", "Kanban", "Program Management"]),
        ("Business", ["Financial Analysis", "Accounting", "Operations Management", "Supply Chain", "Strategy", "Negotiation", "Business Analysis", "Process Improvement"]),
        ("Marketing", ["Digital Marketing", "SEO", "Content Marketing", "Social Media", "Marketing Analytics", "Email Marketing", "Brand Strategy", "Paid Advertising"]),
        ("Design", ["UX Research", "UI Design", "Prototyping", "Accessibility", "Interaction Design", "Visual Design", "Design Systems", "Usability Testing"]),
        ("IT Support", ["Troubleshooting", "Operating Systems", "Hardware", "Help Desk", "System Administration", "Linux", "Windows Server", "Scripting"]),
        ("Healthcare", ["Health Informatics", "Medical Coding", "Clinical Data", "Patient Privacy", "Public Health", "Health Analytics", "Care Coordination", "Pharmacology Basics"]),
        ("Communication", ["Technical Writing", "Presentation", "Teamwork", "Leadership", "Customer Service", "Coaching", "Facilitation", "Conflict Resolution"]),
        ("Engineering", ["CAD", "MATLAB", "Quality Control", "Lean Manufacturing", "Six Sigma", "Embedded Systems", "Robotics", "Systems Engineering"]),
    ]

    /// Words that turn a topic into a more specific skill once the plain topics are used up.
    static let qualifiers = ["Fundamentals", "for Finance", "in Healthcare", "Automation", "Governance", "Operations",
                             "Analytics", "at Scale", "for Teams", "in the Public Sector", "for Retail", "Compliance",
                             "Optimization", "for Startups", "Migration", "Reporting"]

    /// Organisation name parts, one list per provider kind.
    static let providerNames: [Provider.Kind: [String]] = [
        .platform: ["Learnly", "SkillForge", "CourseHub", "OpenCampus", "Upgradia", "TrainPath", "StudyGrid", "MasterWay"],
        .university: ["Northfield University", "Lakeside Institute of Technology", "Riverbend College", "Eastmoor University",
                      "Westgate Polytechnic", "Highland State University", "Baymont University", "Kingsbridge College"],
        .industry: ["Cloud Certification Board", "Security Credentialing Council", "Network Professionals Institute",
                    "Data Management Association", "Project Professionals Institute", "Analytics Standards Board"],
        .employer: ["Acme Systems", "Globex", "Initech", "Umbrella Analytics", "Stark Cloud", "Wayne Data", "Hooli", "Vandelay Industries"],
        .government: ["National Skills Agency", "Digital Service Academy", "Public Workforce Office", "Civic Tech Institute"],
        .nonprofit: ["Code for Everyone", "Open Skills Foundation", "Tech Bridge", "Learning Commons", "Future Workforce Trust"],
    ]

    /// How often each provider kind occurs, in `Provider.Kind.allCases` order.
    static let providerKindWeights: [Double] = [0.20, 0.30, 0.15, 0.20, 0.05, 0.10]

    /// Job title stems, one per category (same order as ``categories``).
    static let roleTitles = ["Data Analyst", "Software Developer", "Cloud Engineer", "Security Analyst", "Network Engineer",
                             "Machine Learning Engineer", "Project Manager", "Business Analyst", "Marketing Specialist",
                             "UX Designer", "IT Support Specialist", "Health Informatics Specialist", "Team Lead",
                             "Manufacturing Engineer"]

    /// Seniority words for role titles.
    static let seniorities = ["Junior", "", "Senior", "Lead", "Principal"]

    /// Title patterns by credential level (1–5).
    static let levelWords = ["", "Introduction to", "Foundations of", "Applied", "Advanced", "Expert"]
}

/// Turns a human name into an id fragment: lower case, ASCII letters and digits, single dashes.
func slug(_ text: String) -> String {
    var out = ""
    var dash = false
    for scalar in text.unicodeScalars {
        if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
            out.unicodeScalars.append(scalar); dash = false
        } else if ("A"..."Z").contains(scalar) {
            out.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!); dash = false
        } else if !dash && !out.isEmpty {
            out += "-"; dash = true
        }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "x" : out
}
